// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipboard.h"

#include "document/containment.h"
#include "document/nodefactory.h"
#include "io/documentreader.h"
#include "io/documentwriter.h"

#include <QCoreApplication>
#include <QMimeData>

#include <map>
#include <set>

namespace avsnet::ui {

namespace {

const QString mimeType = QStringLiteral("application/x-avsnet+json");

// A top-level field of the clipboard document: the containers written only so that a node
// copied without its container still names one, which the reader insists on (a gateway its
// VNet or hub, a hub its Virtual WAN, and so up). They are context, never pasted.
constexpr const char *contextKey = "clipboardContext";

QString tr(const char *text)
{
    return QCoreApplication::translate("avsnet::ui::Clipboard", text);
}

// The node holding `node` in `topology`, when it exists and may hold it; nullptr otherwise.
const core::Node *holderOf(const core::Topology &topology, const core::Node &node)
{
    const core::Node *holder = topology.node(containerOf(node));
    return holder && canHold(holder->kind(), node.kind()) ? holder : nullptr;
}

// What copy and duplicate take, in the design's order: the nodes named in `ids`, everything
// inside a container among them, the links between two taken nodes, and the containers of
// nodes taken without them as context (a hub's Virtual WAN too).
core::Topology fragment(const core::Topology &topology, const QStringList &ids)
{
    std::set<std::string> named;
    for (const QString &id : ids) {
        if (topology.node(id.toStdString()))
            named.insert(id.toStdString());
    }
    std::set<std::string> taken = withContents(topology, std::move(named));
    std::set<std::string> context;
    for (const core::Node &node : topology.nodes) {
        if (!taken.contains(node.id) || containerOf(node).empty())
            continue;
        // Up the layers until a container is taken or the top is reached.
        std::set<std::string> needed;
        bool readable = true;
        for (const core::Node *inner = &node;
             !containerOf(*inner).empty() && !taken.contains(containerOf(*inner));) {
            const core::Node *holder = holderOf(topology, *inner);
            if (!holder || needed.contains(holder->id)) {
                readable = false;
                break;
            }
            needed.insert(holder->id);
            inner = holder;
        }
        if (readable)
            context.insert(needed.begin(), needed.end());
        else
            taken.erase(node.id); // a broken reference would make the fragment unreadable
    }

    core::Topology result;
    nlohmann::ordered_json contextIds = nlohmann::ordered_json::array();
    for (const core::Node &node : topology.nodes) {
        if (taken.contains(node.id))
            result.nodes.push_back(node);
        else if (context.contains(node.id)) {
            result.nodes.push_back(node);
            contextIds.push_back(node.id);
        }
    }
    for (const core::Link &link : topology.links) {
        if (taken.contains(link.from) && taken.contains(link.to))
            result.links.push_back(link);
    }
    if (!contextIds.empty())
        result.unknown[contextKey] = contextIds;
    return result;
}

// Hands out fresh ids: "hub" becomes "hub-copy1", and a copy of "hub-copy1" becomes the next
// free "hub-copyN" rather than "hub-copy1-copy1". freeId scans a whole topology per call, so it
// gets a scratch one holding only the taken ids that start with the stem: pasting into a
// large design stays fast.
class IdAllocator
{
public:
    explicit IdAllocator(const core::Topology &target)
    {
        for (const core::Node &node : target.nodes)
            m_taken.insert(node.id);
        for (const core::Link &link : target.links)
            m_taken.insert(link.id);
    }

    std::string freshId(const std::string &original)
    {
        const std::string stem = stemOf(original);
        core::Topology scratch;
        for (auto id = m_taken.lower_bound(stem); id != m_taken.end() && id->starts_with(stem);
             ++id) {
            core::Link link;
            link.id = *id;
            scratch.links.push_back(std::move(link));
        }
        std::string id = freeId(scratch, stem);
        m_taken.insert(id);
        return id;
    }

private:
    static std::string stemOf(const std::string &original)
    {
        static const std::string marker = "-copy";
        const std::size_t at = original.rfind(marker);
        if (at != std::string::npos && at > 0
            && original.find_first_not_of("0123456789", at + marker.size()) == std::string::npos)
            return original.substr(0, at + marker.size());
        return original + marker;
    }

    std::set<std::string> m_taken;
};

// The fragment made ready for `target`: fresh ids, references among the pasted items remapped,
// positions moved by `offset`. A child whose VNet is not pasted keeps it when `target` has it.
PastedItems remap(const core::Topology &target, const core::Topology &copied, QPointF offset)
{
    std::set<std::string> context;
    if (const auto found = copied.unknown.find(contextKey);
        found != copied.unknown.end() && found->is_array()) {
        for (const auto &id : *found) {
            if (id.is_string())
                context.insert(id.get<std::string>());
        }
    }
    std::set<std::string> pastedIds;
    for (const core::Node &node : copied.nodes) {
        if (!context.contains(node.id))
            pastedIds.insert(node.id);
    }

    // A node inside a container is pasted with its container, or into the one of `target`
    // it names; otherwise it is left out, and so is what it holds. Repeated until nothing
    // changes, since a hand-written document may list a child before its container.
    std::set<std::string> kept;
    for (bool grew = true; grew;) {
        grew = false;
        for (const core::Node &node : copied.nodes) {
            if (context.contains(node.id) || kept.contains(node.id))
                continue;
            const std::string &holder = containerOf(node);
            if (holder.empty() || kept.contains(holder)
                || (!pastedIds.contains(holder) && holderOf(target, node))) {
                kept.insert(node.id);
                grew = true;
            }
        }
    }

    IdAllocator ids(target);
    std::map<std::string, std::string> newId;
    PastedItems items;
    for (const core::Node &original : copied.nodes) {
        if (!kept.contains(original.id))
            continue;
        core::Node node = original;
        node.id = ids.freshId(original.id);
        newId[original.id] = node.id;
        if (node.position) {
            node.position->x += offset.x();
            node.position->y += offset.y();
        }
        items.nodes.push_back(std::move(node));
    }
    // After every id is known: a child may come before its container in a hand-written
    // document. A pasted hub's routing intent follows its pasted firewalls.
    for (core::Node &node : items.nodes) {
        if (const auto found = newId.find(containerOf(node)); found != newId.end())
            setContainer(node, found->second, copied.node(containerOf(node))->kind());
        if (auto *hub = node.as<core::VirtualHub>(); hub && hub->routingIntent) {
            for (std::string *firewall :
                 {&hub->routingIntent->privateTraffic, &hub->routingIntent->internetTraffic}) {
                if (const auto found = newId.find(*firewall); found != newId.end())
                    *firewall = found->second;
            }
        }
    }
    for (const core::Link &original : copied.links) {
        const auto from = newId.find(original.from);
        const auto to = newId.find(original.to);
        if (from == newId.end() || to == newId.end())
            continue;
        core::Link link = original;
        link.id = ids.freshId(original.id);
        link.from = from->second;
        link.to = to->second;
        items.links.push_back(std::move(link));
    }
    return items;
}

} // namespace

QMimeData *copyItems(const core::Topology &topology, const QStringList &ids)
{
    const QByteArray json
        = QByteArray::fromStdString(core::DocumentWriter::toText(fragment(topology, ids)));
    auto *data = new QMimeData;
    data->setData(mimeType, json);
    data->setText(QString::fromUtf8(json));
    return data;
}

std::optional<PastedItems> pasteItems(const core::Topology &target, const QMimeData *data,
                                      QPointF offset, QString *error)
{
    auto refuse = [&](const QString &message) -> std::optional<PastedItems> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // Plain text too: a fragment copied from a text editor, or from a design file, pastes.
    // Ordinary text gets the plain answer rather than a JSON parser's complaint.
    QByteArray json;
    if (data && data->hasFormat(mimeType))
        json = data->data(mimeType);
    else if (data && data->text().trimmed().startsWith(QLatin1Char('{')))
        json = data->text().toUtf8();
    else
        return refuse(tr("The clipboard holds no avsnet design."));

    const core::LoadResult result = core::DocumentReader::readText(
        std::string_view(json.constData(), std::size_t(json.size())));
    if (const auto *failure = std::get_if<core::LoadError>(&result))
        return refuse(tr("The clipboard does not hold a readable avsnet design: %1")
                          .arg(QString::fromStdString(failure->toString())));
    PastedItems items = remap(target, std::get<core::Topology>(result), offset);
    if (items.nodes.empty())
        return refuse(tr("The clipboard holds no nodes that fit this design."));
    return items;
}

PastedItems duplicateItems(const core::Topology &topology, const QStringList &ids, QPointF offset)
{
    // Straight from the model, not through the reader: a design being edited may hold what
    // the reader refuses (an NVA in a BGP session before its ASN is set) and still duplicates.
    return remap(topology, fragment(topology, ids), offset);
}

} // namespace avsnet::ui
