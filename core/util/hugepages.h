// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

namespace tare {

/// Asks the kernel to back a large block of memory with huge pages (Linux transparent huge pages,
/// 2 MiB) before it is first written. Filling a fresh 4 GB corpus matrix otherwise takes a
/// million 4 KiB page faults, which cost more than the copying itself on a virtual machine (a
/// fault there traps to the hypervisor), and scoring then walks the matrix through a million TLB
/// entries instead of two thousand. Only advice: where the kernel has no huge pages for us (or
/// the system is not Linux), nothing changes but the speed. Pure; any thread.
class HugePages
{
public:
    /// Advises the whole pages inside [data, data + bytes); blocks under 2 MiB are left alone.
    static void advise(void* data, std::size_t bytes);
};

} // namespace tare
