// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boxpacking.h"

#include <numeric>

namespace avsnet::core::layout {

namespace {

// Pushing usually settles in a handful of passes; this many means it is going round in circles.
constexpr int separationPasses = 200;

std::vector<std::size_t> leftToRight(const std::vector<Rect> &boxes)
{
    std::vector<std::size_t> order(boxes.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return boxes[a].left != boxes[b].left ? boxes[a].left < boxes[b].left : a < b;
    });
    return order;
}

// One pass of pushing overlapping pairs apart, each box half the way. Sweep and prune on x
// keeps a pass near linear for a spread-out layout. A pass that moves nothing has proven there
// is no overlap, because the sweep order was then right all along.
bool separateOnce(std::vector<Rect> &boxes, double gap, double horizontalBias)
{
    const std::vector<std::size_t> order = leftToRight(boxes);
    bool moved = false;
    for (std::size_t a = 0; a < order.size(); ++a) {
        Rect &first = boxes[order[a]];
        for (std::size_t b = a + 1; b < order.size(); ++b) {
            Rect &second = boxes[order[b]];
            if (second.left >= first.right + gap)
                break;
            const double overlapX
                = std::min(first.right, second.right) + gap - std::max(first.left, second.left);
            const double overlapY
                = std::min(first.bottom, second.bottom) + gap - std::max(first.top, second.top);
            if (overlapX <= 0 || overlapY <= 0)
                continue;
            moved = true;
            // Half a pixel more than needed, so rounding cannot leave a pair touching forever.
            if (overlapX <= overlapY * horizontalBias) {
                const double direction
                    = first.left + first.right <= second.left + second.right ? 1 : -1;
                const double shift = overlapX / 2 + 0.5;
                first.translate(-direction * shift, 0);
                second.translate(direction * shift, 0);
            } else {
                const double direction
                    = first.top + first.bottom <= second.top + second.bottom ? 1 : -1;
                const double shift = overlapY / 2 + 0.5;
                first.translate(0, -direction * shift);
                second.translate(0, direction * shift);
            }
        }
    }
    return moved;
}

bool tooClose(const Rect &a, const Rect &b, double gap)
{
    return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap
           && b.top < a.bottom + gap;
}

} // namespace

void removeOverlaps(std::vector<Rect> &boxes, double gap, double horizontalBias)
{
    for (int pass = 0; pass < separationPasses; ++pass) {
        if (!separateOnce(boxes, gap, horizontalBias))
            return;
    }
    // The last resort: settle boxes one by one in x order, each moved down past whatever
    // settled box it still hits. Every move clears one box for good, so this always ends.
    const std::vector<std::size_t> order = leftToRight(boxes);
    for (std::size_t a = 1; a < order.size(); ++a) {
        Rect &box = boxes[order[a]];
        for (bool hit = true; hit;) {
            hit = false;
            for (std::size_t b = 0; b < a; ++b) {
                const Rect &settled = boxes[order[b]];
                if (tooClose(box, settled, gap)) {
                    box.translate(0, settled.bottom + gap - box.top + 1);
                    hit = true;
                }
            }
        }
    }
}

void shelfPack(std::vector<Rect> &boxes, const std::vector<std::size_t> &order, double rowWidth,
               double gap)
{
    double x = 0;
    double y = 0;
    double rowHeight = 0;
    for (std::size_t index : order) {
        Rect &box = boxes[index];
        if (x > 0 && x + box.width() > rowWidth) {
            x = 0;
            y += rowHeight + gap;
            rowHeight = 0;
        }
        box.translate(x - box.left, y - box.top);
        x += box.width() + gap;
        rowHeight = std::max(rowHeight, box.height());
    }
}

} // namespace avsnet::core::layout
