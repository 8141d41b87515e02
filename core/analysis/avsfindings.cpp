// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Findings about what an AVS private cloud learns (routing.md revision 2, R8 and R9), all from
// articles/azure-vmware/architecture-network-design-considerations.md.
#include "findingrules.h"

#include "routing/analysis.h"
#include "routing/routingpolicy.h"
#include "trace/endpoint.h"
#include "trace/tracer.h"

#include <algorithm>

namespace avsnet::core {

namespace {

const Ipv4Prefix sharedAddressSpace(Ipv4Address(0x64400000), 10); // 100.64.0.0/10

std::string pathText(const Analysis &analysis, AsPathId path)
{
    std::string text = "[";
    for (const Asn asn : analysis.asPaths().path(path))
        text += (text.size() > 1 ? ", " : "") + std::to_string(asn);
    return text + "]";
}

// `ignored-prepend`: "If you prepend using Private ASN, Azure VMware Solution will ignore the
// prepend". AVS takes equal routes whose paths differ only in private ASNs (ECMP), where the
// design meant one of them to lose.
void checkIgnoredPrepends(const Analysis &analysis, int cloud, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    std::vector<std::string> examples;
    std::vector<std::string> neighbours;
    const auto routes = analysis.bgpTable(cloud).routes();
    std::vector<const BgpRoute *> active; // of one prefix; kept between prefixes, not reallocated
    for (auto first = routes.begin(); first != routes.end();) {
        const auto last = std::find_if(first, routes.end(),
                                       [&](const BgpRoute &r) { return r.prefix != first->prefix; });
        active.clear();
        for (auto route = first; route != last; ++route) {
            if (route->active && !route->isLocal())
                active.push_back(&*route);
        }
        const bool pathsDiffer = std::any_of(active.begin(), active.end(), [&](const BgpRoute *r) {
            return analysis.asPaths().length(r->asPath)
                   != analysis.asPaths().length(active.front()->asPath);
        });
        if (active.size() > 1 && pathsDiffer) {
            std::string example = first->prefix.toString() + " from ";
            for (std::size_t i = 0; i < active.size(); ++i) {
                const std::string &from = topology.nodes[std::size_t(active[i]->learnedFrom)].id;
                example += (i == 0 ? "" : " and ") + from + " "
                           + pathText(analysis, active[i]->asPath);
                if (std::find(neighbours.begin(), neighbours.end(), from) == neighbours.end())
                    neighbours.push_back(from);
            }
            examples.push_back(example);
        }
        first = last;
    }
    if (examples.empty())
        return;
    const std::string &cloudId = topology.nodes[std::size_t(cloud)].id;
    std::vector<std::string> subjects{cloudId};
    subjects.insert(subjects.end(), neighbours.begin(), neighbours.end());
    addFinding(findings, FindingCode::IgnoredPrepend, Severity::Warning,
               cloudId + " learns " + exampleList(examples, 2)
                   + ": the paths differ only in private ASNs, which AVS ignores, so it sends "
                     "over both (equal-cost) and a stateful firewall on one path sees half a "
                     "flow. Prepend a public ASN instead: AVS keeps the ASNs from the first public one on",
               subjects);
}

// Whether the private cloud's workloads reach a site along its routes: then only management
// is cut off. A cloud without segments has no workload to tell, so it counts as reaching.
bool workloadsReach(const Analysis &analysis, int cloud, int site)
{
    const auto &segments = analysis.topology().nodes[std::size_t(cloud)].as<AvsPrivateCloud>()->segments;
    if (segments.empty())
        return true;
    const auto workload = representativeEndpoint(analysis, cloud);
    const auto target = representativeEndpoint(analysis, site);
    return workload && target && traceOneWay(analysis, *workload, target->ip).delivered;
}

// `avs-default-only`: management VMs "won't honor a default route from on-premises for
// RFC1918 destinations", so a site AVS reaches only through 0.0.0.0/0 gets no answer from
// vCenter or NSX.
void checkDefaultOnly(const Analysis &analysis, int cloud, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    const BgpTable &table = analysis.bgpTable(cloud);
    // Without a learned default route there is nothing to find; most clouds, so ask once.
    const auto defaults = table.routesFor(Ipv4Prefix());
    if (std::none_of(defaults.begin(), defaults.end(),
                     [](const BgpRoute &route) { return !route.isLocal(); }))
        return;
    for (std::size_t site = 0; site < topology.nodes.size(); ++site) {
        const auto *model = topology.nodes[site].as<OnPremSite>();
        if (!model || !analysis.isNodeActive(int(site)))
            continue;
        std::vector<std::string> onlyByDefault;
        for (const auto &prefix : model->prefixes) {
            if (!prefix.address().isRfc1918())
                continue;
            const BgpRoute *route = table.bestMatch(prefix.network().address());
            if (route && !route->isLocal() && route->prefix.isDefaultRoute())
                onlyByDefault.push_back(prefix.network().toString());
        }
        if (onlyByDefault.empty() || !workloadsReach(analysis, cloud, int(site)))
            continue;
        const std::string &siteId = topology.nodes[site].id;
        const std::string &cloudId = topology.nodes[std::size_t(cloud)].id;
        addFinding(findings, FindingCode::AvsDefaultOnly, Severity::Warning,
                   cloudId + " reaches " + siteId + "'s " + exampleList(onlyByDefault)
                       + " only through 0.0.0.0/0, which AVS management (vCenter, NSX) never "
                         "uses for private addresses, so it cannot answer "
                       + siteId + ". Advertise " + siteId + "'s own prefixes towards " + cloudId,
                   {cloudId, siteId});
    }
}

// `avs-unsupported-prefix`: AVS does not take routes inside 100.64.0.0/10 (it uses that
// space itself) nor bogons shorter than /8.
void checkUnsupportedPrefixes(const Analysis &analysis, int cloud, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    std::vector<std::string> unsupported;
    std::vector<std::string> origins;
    for (const BgpRoute &route : analysis.bgpTable(cloud).routes()) {
        if (route.isLocal())
            continue;
        const bool bogon = !route.prefix.isDefaultRoute() && route.prefix.length() < 8;
        if (!bogon && !sharedAddressSpace.contains(route.prefix))
            continue;
        const std::string text = route.prefix.toString();
        if (std::find(unsupported.begin(), unsupported.end(), text) != unsupported.end())
            continue;
        unsupported.push_back(text);
        if (route.origin >= 0) {
            const std::string &origin = topology.nodes[std::size_t(route.origin)].id;
            if (std::find(origins.begin(), origins.end(), origin) == origins.end())
                origins.push_back(origin);
        }
    }
    if (unsupported.empty())
        return;
    const std::string &cloudId = topology.nodes[std::size_t(cloud)].id;
    std::vector<std::string> subjects{cloudId};
    subjects.insert(subjects.end(), origins.begin(), origins.end());
    addFinding(findings, FindingCode::AvsUnsupportedPrefix, Severity::Warning,
               cloudId + " learns " + exampleList(unsupported)
                   + ", which AVS does not support (100.64.0.0/10 is its own; a prefix shorter "
                     "than /8 is a bogon). Filter or summarise it before it reaches AVS",
               subjects);
}

} // namespace

void addAvsFindings(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        if (topology.nodes[i].kind() != NodeKind::Avs || !analysis.isNodeActive(int(i)))
            continue;
        checkIgnoredPrepends(analysis, int(i), findings);
        checkDefaultOnly(analysis, int(i), findings);
        checkUnsupportedPrefixes(analysis, int(i), findings);
    }
}

} // namespace avsnet::core
