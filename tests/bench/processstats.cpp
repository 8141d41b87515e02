// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "processstats.h"

#include <fcntl.h>
#include <malloc.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>

extern char **environ;

namespace avsnet::bench {

std::size_t peakResidentBytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return std::size_t(usage.ru_maxrss) * 1024; // Linux reports kilobytes
}

Milliseconds processCpuTime()
{
    timespec time{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
    return Milliseconds(double(time.tv_sec) * 1e3 + double(time.tv_nsec) / 1e6);
}

std::size_t heapInUseBytes()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd; // small chunks in use plus mmapped large ones
}

namespace {

// VmHWM of /proc/PID/status, in bytes; 0 once the process has let go of its memory.
std::size_t residentHighWater(const std::string &statusFile)
{
    std::ifstream file(statusFile);
    std::string line;
    while (std::getline(file, line)) {
        if (line.starts_with("VmHWM:"))
            return std::size_t(std::strtoull(line.c_str() + 6, nullptr, 10)) * 1024;
    }
    return 0;
}

} // namespace

ChildRun runProgram(const std::string &program, const std::vector<std::string> &arguments)
{
    ChildRun run;
    std::vector<std::string> words{program};
    words.insert(words.end(), arguments.begin(), arguments.end());
    std::vector<char *> argv;
    for (std::string &word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);

    const auto start = Clock::now();
    pid_t child = 0;
    const int spawnError =
        posix_spawn(&child, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawnError != 0) {
        run.error = std::strerror(spawnError);
        return run;
    }

    // Not wait4's ru_maxrss: Linux carries the spawning process's peak over into the child's
    // at exec (posix_spawn shares this process's memory until then), so a child of a bench
    // that has grown to 150 MiB reports at least 150 MiB. The child's own high-water mark
    // (VmHWM) is read while it runs, every millisecond; only the memory of its last
    // millisecond can go unseen.
    const std::string statusFile = "/proc/" + std::to_string(child) + "/status";
    int status = 0;
    pid_t reaped = -1;
    std::size_t highWater = 0;
    while (true) {
        reaped = waitpid(child, &status, WNOHANG);
        if (reaped == child || (reaped < 0 && errno != EINTR))
            break;
        highWater = std::max(highWater, residentHighWater(statusFile));
        usleep(1000);
    }
    run.wallTime = Clock::now() - start;
    if (reaped != child) {
        run.error = std::strerror(errno);
        return run;
    }
    run.peakResident = highWater;
    if (WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    else
        run.error = "killed by signal " + std::to_string(WTERMSIG(status));
    return run;
}

std::string executableDirectory()
{
    std::error_code error;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::string(".") : self.parent_path().string();
}

} // namespace avsnet::bench
