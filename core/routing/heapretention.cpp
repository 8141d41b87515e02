// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "heapretention.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace avsnet::core {

bool keepFreedMemoryForReuse()
{
#if defined(__GLIBC__)
    // Blocks up to 32 MiB (glibc's largest mmap threshold on 64-bit) come from the heap,
    // and up to 1 GiB of free heap top stays mapped: a fixed threshold also stops glibc
    // from adapting it (mallopt(3)).
    constexpr int mmapThreshold = 32 * 1024 * 1024;
    constexpr int trimThreshold = 1024 * 1024 * 1024;
    return mallopt(M_MMAP_THRESHOLD, mmapThreshold) == 1
           && mallopt(M_TRIM_THRESHOLD, trimThreshold) == 1;
#else
    return false;
#endif
}

} // namespace avsnet::core
