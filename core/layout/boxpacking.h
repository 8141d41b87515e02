// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace avsnet::core::layout {

// An axis-aligned rectangle: relative to a node's position when it is an extent, in scene
// coordinates when it is a box.
struct Rect
{
    double left = 0;
    double top = 0;
    double right = 0;
    double bottom = 0;

    double width() const { return right - left; }
    double height() const { return bottom - top; }
    void unite(const Rect &other)
    {
        left = std::min(left, other.left);
        top = std::min(top, other.top);
        right = std::max(right, other.right);
        bottom = std::max(bottom, other.bottom);
    }
    void translate(double dx, double dy)
    {
        left += dx;
        right += dx;
        top += dy;
        bottom += dy;
    }
};

// Moves boxes until no two are closer than `gap`, each as little as it can: overlapping pairs
// are pushed apart sideways, or up and down when that is more than `horizontalBias` times
// shorter. Always ends without overlap, deterministically.
void removeOverlaps(std::vector<Rect> &boxes, double gap, double horizontalBias);

// Shelf packing: the boxes in `order`, left to right in rows wrapped at `rowWidth`, starting at
// (0, 0), `gap` apart. Moves the boxes; none overlap afterwards.
void shelfPack(std::vector<Rect> &boxes, const std::vector<std::size_t> &order, double rowWidth,
               double gap);

} // namespace avsnet::core::layout
