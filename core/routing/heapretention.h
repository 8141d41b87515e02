// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace avsnet::core {

// The designer analyses the design again after every edit; on a large design each run
// allocates tens of megabytes and frees the run before it. glibc returns large freed blocks
// to the kernel at once (mmap and munmap above a threshold it adapts), and the next run then
// faults every page of its tables in again: on L that page faulting cost as much as the
// re-analysis itself (a Global Reach toggle: about 80 ms, 48 ms without it; issue 14). This
// keeps freed memory in the process for the next run, at the cost of holding on to the peak
// heap. Call once at start-up, before any thread allocates. Does nothing outside glibc.
// Returns whether the allocator took the settings.
bool keepFreedMemoryForReuse();

} // namespace avsnet::core
