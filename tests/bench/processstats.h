// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace avsnet::bench {

using Clock = std::chrono::steady_clock;
using Milliseconds = std::chrono::duration<double, std::milli>;

// Peak resident set of this process so far (getrusage RUSAGE_SELF, ru_maxrss), in bytes.
std::size_t peakResidentBytes();
// CPU time (user and system, all threads) this process has used so far: beside wall time, the
// honest figure on a machine other builds share.
Milliseconds processCpuTime();
// Bytes the allocator has handed out and not yet had back, over all arenas (mallinfo2).
// The difference across a call that keeps its result is the memory of that result.
std::size_t heapInUseBytes();

// The outcome of running another program to completion.
struct ChildRun
{
    int exitCode = -1;            // -1 when it could not start or did not exit normally
    Milliseconds wallTime{};      // from spawn to reaping, the whole process
    std::size_t peakResident = 0; // of the child, bytes (its VmHWM, sampled every millisecond)
    std::string error;            // why it did not start, else empty
};

// Spawns `program` with `arguments`, its output sent to /dev/null, and waits for it.
ChildRun runProgram(const std::string &program, const std::vector<std::string> &arguments);

// The folder holding this executable (from /proc/self/exe).
std::string executableDirectory();

} // namespace avsnet::bench
