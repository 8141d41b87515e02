// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentreader.h"

#include "jsonparser.h"
#include "nodereader.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <new>
#include <unordered_map>
#include <unordered_set>

namespace avsnet::core {

namespace {

// A design this large is a mistake or an attack; refusing it keeps the reader's memory and
// time bounded (a 100,000-prefix design is about 2 MB).
constexpr std::uintmax_t maximumFileSize = 256u * 1024 * 1024;

// ---- versions ----------------------------------------------------------------------------

// migrations[v - 1] turns the JSON of a version v document into version v + 1, in place, so
// the reader below only ever sees the current version. To add a version, raise
// Topology::formatVersion and append the step to it here.
using Migration = void (*)(Json &document);
constexpr std::array<Migration, Topology::formatVersion - 1> migrations = {
    // 1 -> 2 (vwan.md): version 2 only adds the Virtual WAN kinds and fields, and the reader
    // takes them at either version, so a version 1 document needs no change.
    [](Json &) {},
};

void migrate(Json &document, int version)
{
    for (int from = version; from < Topology::formatVersion; ++from)
        migrations[std::size_t(from - 1)](document);
}

// Checks `format` and `version` and brings the document to the current version.
void checkFormatAndMigrate(Json &document)
{
    ObjectReader top(document, JsonPath(), formatschema::design());
    const JsonPath root;
    const Json *format = top.find("format");
    if (!format)
        failAt(root.key("format"), "the field \"format\" is missing, so this is not an avsnet"
                                   " design; open a .avsnet file or add \"format\": \"avsnet\"");
    if (readString(*format, root.key("format")) != "avsnet")
        failAt(root.key("format"), "the format is \"" + format->get<std::string>()
                                       + "\", not \"avsnet\"; open an avsnet design file");
    const Json *versionValue = top.find("version");
    if (!versionValue)
        failAt(root.key("version"), "the field \"version\" is missing; add \"version\": "
                                        + std::to_string(Topology::formatVersion));
    const JsonPath versionPath = root.key("version");
    const auto version = readInteger(*versionValue, versionPath, std::numeric_limits<int>::min(),
                                     std::numeric_limits<int>::max(), "version");
    if (version > Topology::formatVersion)
        failAt(versionPath, "this file was written by a newer avsnet (format version "
                                + std::to_string(version) + ", this program reads up to "
                                + std::to_string(Topology::formatVersion)
                                + "); upgrade avsnet to open it");
    if (version < 1)
        failAt(versionPath, "format version " + std::to_string(version)
                                + " does not exist; the first version is 1, so write"
                                  " \"version\": 1");
    migrate(document, int(version));
}

// ---- references between objects ----------------------------------------------------------

class IdRegistry
{
public:
    void addNode(const Node &node, const JsonPath &path, std::size_t index)
    {
        const auto [place, added] = m_nodes.emplace(node.id, NodeEntry{node.kind(), index});
        if (!added)
            failAt(path.key("id"), "the node id \"" + node.id + "\" is already used by nodes["
                                       + std::to_string(place->second.index)
                                       + "]; give each node its own id");
    }

    void addLink(const Link &link, const JsonPath &path, std::size_t index)
    {
        if (m_nodes.count(link.id))
            failAt(path.key("id"), "the link id \"" + link.id
                                       + "\" is already a node id; give the link an id of its"
                                         " own");
        const auto [place, added] = m_links.emplace(link.id, index);
        if (!added)
            failAt(path.key("id"), "the link id \"" + link.id + "\" is already used by links["
                                       + std::to_string(place->second)
                                       + "]; give each link its own id");
        checkEnd(link.from, path.key("from"));
        checkEnd(link.to, path.key("to"));
    }

    // The node a gateway, NVA or firewall lives in (a vnet, a vwan-hub), or the vwan of a hub.
    void checkParent(const std::string &parent, NodeKind kind, const JsonPath &path) const
    {
        const std::string kindName(toString(kind));
        const std::string fix = "; name the " + kindName + " node this one "
                                + (kind == NodeKind::Vwan ? "belongs to" : "lives in");
        const auto found = m_nodes.find(parent);
        if (found == m_nodes.end())
            failAt(path, "no node has the id \"" + parent + "\"" + fix);
        if (found->second.kind != kind)
            failAt(path, "\"" + parent + "\" is a node of kind "
                             + std::string(toString(found->second.kind)) + ", not a " + kindName
                             + fix);
    }

private:
    struct NodeEntry
    {
        NodeKind kind;
        std::size_t index;
    };

    void checkEnd(const std::string &id, const JsonPath &path) const
    {
        if (!m_nodes.count(id))
            failAt(path, "no node has the id \"" + id
                             + "\"; add that node or connect the link to an existing one");
    }

    std::unordered_map<std::string, NodeEntry> m_nodes;
    std::unordered_map<std::string, std::size_t> m_links;
};

bool livesInVnet(NodeKind kind)
{
    return kind == NodeKind::ErGateway || kind == NodeKind::VpnGateway
           || kind == NodeKind::RouteServer || kind == NodeKind::Nva;
}

// An NVA speaks BGP only with an ASN (format.md: `asn` is required with a `bgp-session`).
void checkNvaAsns(const Topology &topology, const JsonPath &root)
{
    std::unordered_map<std::string_view, std::size_t> nvasWithoutAsn;
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        const Nva *nva = topology.nodes[i].as<Nva>();
        if (nva && !nva->asn)
            nvasWithoutAsn.emplace(topology.nodes[i].id, i);
    }
    if (nvasWithoutAsn.empty())
        return;
    const JsonPath nodes = root.key("nodes");
    for (const Link &link : topology.links) {
        if (link.kind() != LinkKind::BgpSession)
            continue;
        for (const std::string *end : {&link.from, &link.to}) {
            const auto found = nvasWithoutAsn.find(*end);
            if (found == nvasWithoutAsn.end())
                continue;
            const JsonPath node = nodes.index(found->second);
            failAt(node.key("asn"), "the nva \"" + *end + "\" has a bgp-session (link \"" + link.id
                                        + "\") but no \"asn\"; add its BGP ASN");
        }
    }
}

// ---- intents, annotations, lesson --------------------------------------------------------

Intent readIntent(ObjectReader &object)
{
    Intent intent;
    intent.name = object.string("name");
    intent.from = object.requiredString("from");
    intent.to = object.requiredString("to");
    if (const Json *expect = object.find("expect")) {
        const JsonPath path = object.path().key("expect");
        const std::string text = readString(*expect, path);
        if (text == "reachable")
            intent.expect = Expectation::Reachable;
        else if (text == "unreachable")
            intent.expect = Expectation::Unreachable;
        else
            failAt(path, "unknown expect \"" + text + "\"; use reachable or unreachable");
    }
    intent.via = object.strings("via");
    return intent;
}

Annotation readAnnotation(ObjectReader &object)
{
    Annotation annotation;
    annotation.id = object.requiredId("id");
    annotation.text = object.string("text");
    annotation.position = object.position("position");
    annotation.size = object.size("size");
    return annotation;
}

Lesson readLesson(Json &value, const JsonPath &path)
{
    ObjectReader object(value, path, formatschema::lesson());
    Lesson lesson;
    lesson.title = object.string("title");
    if (Json *steps = object.find("steps")) {
        const JsonPath stepsPath = path.key("steps");
        auto &array = readArray(*steps, stepsPath);
        for (std::size_t i = 0; i < array.size(); ++i) {
            const JsonPath stepPath = stepsPath.index(i);
            ObjectReader stepObject(array[i], stepPath, object.schemaOf("steps"));
            LessonStep step;
            step.text = stepObject.string("text");
            step.goals = stepObject.strings("goals");
            step.hint = stepObject.string("hint");
            step.unknown = stepObject.takeUnknown();
            lesson.steps.push_back(std::move(step));
        }
    }
    lesson.unknown = object.takeUnknown();
    return lesson;
}

// Calls read(item, path, index) for each element of the list under `key`.
template<typename Read> void forEachItem(ObjectReader &top, std::string_view key, Read read)
{
    Json *value = top.find(key);
    if (!value)
        return;
    const JsonPath path = top.path().key(key);
    auto &array = readArray(*value, path);
    for (std::size_t i = 0; i < array.size(); ++i)
        read(array[i], path.index(i), i);
}

template<typename Item, typename Read>
void readItems(ObjectReader &top, std::string_view key, std::vector<Item> &items, Read read)
{
    forEachItem(top, key, [&](Json &value, const JsonPath &path, std::size_t) {
        ObjectReader object(value, path, top.schemaOf(key));
        Item item = read(object);
        item.unknown = object.takeUnknown();
        items.push_back(std::move(item));
    });
}

Topology readTopology(Json &document)
{
    checkFormatAndMigrate(document);
    const JsonPath root;
    ObjectReader top(document, root, formatschema::design());
    top.find("format");
    top.find("version");

    Topology topology;
    topology.name = top.string("name");
    topology.description = top.string("description");

    IdRegistry ids;
    forEachItem(top, "nodes", [&](Json &value, const JsonPath &path, std::size_t index) {
        topology.nodes.push_back(readNode(value, path));
        ids.addNode(topology.nodes.back(), path, index);
    });
    const JsonPath nodesPath = root.key("nodes");
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        const Node &node = topology.nodes[i];
        const JsonPath path = nodesPath.index(i);
        if (!node.parentHub().empty() || node.kind() == NodeKind::HubFirewall)
            ids.checkParent(node.parentHub(), NodeKind::VwanHub, path.key("hub"));
        else if (livesInVnet(node.kind()))
            ids.checkParent(node.parentVnet(), NodeKind::Vnet, path.key("vnet"));
        if (const auto *hub = node.as<VirtualHub>())
            ids.checkParent(hub->vwan, NodeKind::Vwan, path.key("vwan"));
    }
    forEachItem(top, "links", [&](Json &value, const JsonPath &path, std::size_t index) {
        topology.links.push_back(readLink(value, path));
        ids.addLink(topology.links.back(), path, index);
    });
    checkNvaAsns(topology, root);

    readItems(top, "intents", topology.intents, readIntent);

    std::unordered_set<std::string> annotationIds;
    readItems(top, "annotations", topology.annotations, [&](ObjectReader &object) {
        Annotation annotation = readAnnotation(object);
        if (!annotationIds.insert(annotation.id).second)
            failAt(object.path().key("id"), "the annotation id \"" + annotation.id
                                                + "\" is used twice; give each annotation its"
                                                  " own id");
        return annotation;
    });

    if (Json *lesson = top.find("lesson"); lesson && !lesson->is_null())
        topology.lesson = readLesson(*lesson, root.key("lesson"));
    topology.unknown = top.takeUnknown();
    return topology;
}

LoadError makeError(const std::string &fileName, std::string message)
{
    LoadError error;
    error.file = fileName;
    error.message = std::move(message);
    return error;
}

} // namespace

std::string LoadError::toString() const
{
    std::string text = file;
    if (line > 0) {
        if (!text.empty())
            text += ':';
        text += std::to_string(line);
        if (column > 0)
            text += ':' + std::to_string(column);
    }
    if (!path.empty())
        text += (text.empty() ? "" : ": ") + path;
    return text.empty() ? message : text + ": " + message;
}

LoadResult DocumentReader::readText(std::string_view text, const std::string &fileName)
{
    try {
        ParsedJson parsed = parseJson(text);
        if (auto *error = std::get_if<LoadError>(&parsed)) {
            error->file = fileName;
            return std::move(*error);
        }
        Json &document = std::get<Json>(parsed);
        if (!document.is_object())
            return makeError(fileName, std::string("the file holds a JSON ") + document.type_name()
                                           + ", not an object; an avsnet design is a JSON"
                                             " object that starts with {");
        return readTopology(document);
    } catch (const FormatError &fault) {
        LoadError error = makeError(fileName, fault.message);
        error.path = fault.path;
        return error;
    } catch (const std::bad_alloc &) {
        return makeError(fileName, "there is not enough memory to read this design; close other"
                                   " programs or split the design");
    } catch (const std::exception &exception) {
        return makeError(fileName, std::string("the design could not be read (") + exception.what()
                                       + "); report this as a bug in avsnet");
    }
}

LoadResult DocumentReader::readFile(const std::string &fileName)
{
    const auto unreadable = [&](const std::string &reason) {
        return makeError(fileName, "cannot read the file (" + reason
                                       + "); check the path and its permissions");
    };
    try {
        std::error_code code;
        if (std::filesystem::is_directory(fileName, code))
            return unreadable("it is a folder");
        std::ifstream stream(fileName, std::ios::binary);
        if (!stream)
            return unreadable(std::strerror(errno));
        // Read in chunks rather than trusting the size: pipes and devices report none.
        std::string text;
        std::array<char, 1 << 16> buffer;
        while (stream.read(buffer.data(), buffer.size()) || stream.gcount() > 0) {
            text.append(buffer.data(), std::size_t(stream.gcount()));
            if (text.size() > maximumFileSize)
                return makeError(fileName, "the file is larger than "
                                               + std::to_string(maximumFileSize >> 20)
                                               + " MB, far more than any design needs; check"
                                                 " that this is the right file");
        }
        if (stream.bad())
            return unreadable(std::strerror(errno));
        return readText(text, fileName);
    } catch (const std::bad_alloc &) {
        return makeError(fileName, "there is not enough memory to read this design; close other"
                                   " programs or split the design");
    } catch (const std::exception &exception) {
        return unreadable(exception.what());
    }
}

} // namespace avsnet::core
