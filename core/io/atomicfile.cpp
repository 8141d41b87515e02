// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace avsnet::core {

namespace {

std::string systemError(int code)
{
    return std::strerror(code);
}

// Writes all of `text` to `descriptor`, retrying short writes and interrupts.
bool writeAll(int descriptor, std::string_view text)
{
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t result = ::write(descriptor, text.data() + written, text.size() - written);
        if (result < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        written += std::size_t(result);
    }
    return true;
}

} // namespace

std::string writeFileAtomically(const std::string &fileName, std::string_view bytes)
{
    namespace fs = std::filesystem;
    const auto failure = [&](const std::string &reason) {
        return "cannot save " + fileName + " (" + reason
               + "); check that its folder exists and can be written, or save elsewhere";
    };
    try {
        std::error_code code;
        // Replace the file a symbolic link points to, not the link.
        fs::path target = fileName;
        if (fs::is_symlink(target, code)) {
            const fs::path resolved = fs::canonical(target, code);
            if (!code)
                target = resolved;
        }
        const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");

        // A temporary file beside the target, so the rename stays within one file system and
        // a crash leaves either the old file or the new one, never half of it.
        std::random_device device;
        std::mt19937 generator(device());
        std::string temporary;
        int descriptor = -1;
        for (int attempt = 0; attempt < 16 && descriptor < 0; ++attempt) {
            temporary = target.string() + ".tmp-" + std::to_string(generator() % 1000000);
            descriptor = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
            if (descriptor < 0 && errno != EEXIST)
                return failure(systemError(errno));
        }
        if (descriptor < 0)
            return failure("no free temporary file name in " + folder.string());

        // Keep the permissions of the file being replaced.
        struct stat existing;
        if (::stat(target.c_str(), &existing) == 0)
            ::fchmod(descriptor, existing.st_mode & 07777);

        const bool written = writeAll(descriptor, bytes) && ::fsync(descriptor) == 0;
        const int writeError = errno;
        if (::close(descriptor) != 0 || !written) {
            const int error = written ? errno : writeError;
            ::unlink(temporary.c_str());
            return failure(systemError(error));
        }
        if (::rename(temporary.c_str(), target.c_str()) != 0) {
            const int error = errno;
            ::unlink(temporary.c_str());
            return failure(systemError(error));
        }
        // Make the rename itself durable.
        const int folderDescriptor = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (folderDescriptor >= 0) {
            ::fsync(folderDescriptor);
            ::close(folderDescriptor);
        }
        return {};
    } catch (const std::exception &exception) {
        return failure(exception.what());
    }
}

} // namespace avsnet::core
