// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ipv4.h"

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace avsnet::core {

class Analysis;

// Where an address lives in a design (cli.md, "Contexts and endpoints").
enum class PlaceKind { Subnet, AvsSegment, AvsManagement, OnPrem, Internet, Nowhere };

struct Place
{
    PlaceKind kind = PlaceKind::Nowhere;
    int node = -1;  // VNet, AVS or on-prem node; the `internet` node if the design has one
    int index = -1; // subnet or segment index
    std::string label; // "vnet/subnet", "avs/segment", "avs/management", site id, "internet"
};

struct Endpoint
{
    Ipv4Address ip;
    Place place;
};

// The most specific subnet, segment, management block or on-prem prefix holding `address`;
// a public address nothing holds is on the internet; anything else is nowhere.
Place placeOf(const Analysis &analysis, Ipv4Address address);

// Parses an ENDPOINT: an address, VNET/SUBNET or AVS/SEGMENT (its x.x.x.4), or the id of an
// onprem, avs or internet node. Returns a message naming the text when it is none of those.
std::variant<Endpoint, std::string> resolveEndpoint(const Analysis &analysis,
                                                    std::string_view text);

// The address that stands for a whole site or private cloud in a design-wide check: an
// on-prem site's first host, an AVS private cloud's first workload VM (its first segment, else
// its management block). Nothing for other kinds or a site without prefixes.
std::optional<Endpoint> representativeEndpoint(const Analysis &analysis, int node);

// representativeEndpoint() of each node, worked out once: design-wide checks ask for the same
// few sites and clouds in every pair they trace. The first request finds every site's and
// cloud's in one pass over the design's prefixes.
class RepresentativeEndpoints
{
public:
    explicit RepresentativeEndpoints(const Analysis &analysis);
    const std::optional<Endpoint> &operator()(int node);

private:
    void findAll();

    const Analysis *m_analysis;
    std::vector<std::optional<Endpoint>> m_endpoints; // per node; empty until first asked
};

// The node id a place is drawn as in a path ("internet" when the design has no such node).
std::string placeNodeId(const Analysis &analysis, const Place &place);

} // namespace avsnet::core
