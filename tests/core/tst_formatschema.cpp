// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/documentreader.h"
#include "io/fieldreader.h"
#include "io/formatschema.h"

#include <QFile>
#include <QTest>

#include <set>
#include <stdexcept>

using namespace avsnet::core;

namespace {

const QString everyField = QStringLiteral(AVSNET_TEST_DATA "/format/every-field.avsnet");

Json readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Json();
    return Json::parse(file.readAll().toStdString(), nullptr, false);
}

bool isExtension(const std::string &key)
{
    return key.starts_with("x-");
}

// Walks a document along the schemas: every key must be declared (or an `x-` extension), and
// every declared field met is recorded as (schema, field).
class SchemaWalk
{
public:
    std::set<std::pair<const ObjectSchema *, std::string_view>> seen;
    std::vector<std::string> undeclared;

    void object(const Json &value, std::vector<const ObjectSchema *> schemas,
                const std::string &path)
    {
        if (schemas.front() == &formatschema::node())
            schemas.push_back(
                &formatschema::nodeKind(*nodeKindFromString(value.at("kind").get<std::string>())));
        if (schemas.front() == &formatschema::link())
            schemas.push_back(
                &formatschema::linkKind(*linkKindFromString(value.at("kind").get<std::string>())));
        for (const auto &[key, member] : value.items()) {
            if (isExtension(key))
                continue;
            const FieldSpec *spec = nullptr;
            const ObjectSchema *owner = nullptr;
            for (const ObjectSchema *schema : schemas) {
                if ((spec = schema->field(key))) {
                    owner = schema;
                    break;
                }
            }
            if (!spec) {
                undeclared.push_back(path + "." + key);
                continue;
            }
            seen.insert({owner, spec->name});
            if (!spec->children || member.is_null())
                continue;
            if (member.is_array()) {
                for (std::size_t i = 0; i < member.size(); ++i)
                    object(member[i], {spec->children},
                           path + "." + key + "[" + std::to_string(i) + "]");
            } else {
                object(member, {spec->children}, path + "." + key);
            }
        }
    }
};

QStringList extensionsOnly(const UnknownFields &unknown, const std::string &where)
{
    QStringList bad;
    for (const auto &[key, value] : unknown.items()) {
        if (!isExtension(key))
            bad.append(QString::fromStdString(where + "." + key));
    }
    return bad;
}

} // namespace

// The format schema is what the reader does: it declares every field the reader reads (the
// reader refuses to read others), every declared field is read, and the defaults agree.
class TestFormatSchema : public QObject
{
    Q_OBJECT

private slots:
    void kindSchemasFollowTheKinds()
    {
        for (std::size_t kind = 0; kind < std::variant_size_v<NodeData>; ++kind) {
            const std::string title = "`" + std::string(toString(NodeKind(kind))) + "`";
            QCOMPARE(formatschema::nodeKind(NodeKind(kind)).title, std::string_view(title));
        }
        for (std::size_t kind = 0; kind < std::variant_size_v<LinkData>; ++kind) {
            const std::string title = "`" + std::string(toString(LinkKind(kind))) + "`";
            QCOMPARE(formatschema::linkKind(LinkKind(kind)).title, std::string_view(title));
        }
    }

    void schemasAreComplete()
    {
        std::set<std::string_view> titles;
        for (const ObjectSchema *schema : formatschema::all()) {
            QVERIFY2(titles.insert(schema->title).second, schema->title.data());
            std::set<std::string_view> names;
            for (const FieldSpec &field : schema->fields) {
                QVERIFY2(names.insert(field.name).second, field.name.data());
                QVERIFY2(!field.type.empty() && !field.fallback.empty(), field.name.data());
                // A field holding objects points at a schema the list knows.
                if (field.children) {
                    const auto all = formatschema::all();
                    QVERIFY(std::find(all.begin(), all.end(), field.children) != all.end());
                }
            }
        }
    }

    // every-field.avsnet uses every declared field, and only declared ones (or `x-` ones).
    void everyFieldFileUsesEveryField()
    {
        const Json document = readJson(everyField);
        QVERIFY2(document.is_object(), qPrintable(everyField));
        SchemaWalk walk;
        walk.object(document, {&formatschema::design()}, "");
        std::string undeclared;
        for (const auto &path : walk.undeclared)
            undeclared += " " + path;
        QVERIFY2(walk.undeclared.empty(), ("undeclared:" + undeclared).c_str());
        for (const ObjectSchema *schema : formatschema::all()) {
            for (const FieldSpec &field : schema->fields) {
                const std::string where
                    = std::string(schema->title) + "." + std::string(field.name);
                QVERIFY2(walk.seen.contains({schema, field.name}),
                         ("every-field.avsnet never sets " + where).c_str());
            }
        }
    }

    // ... and the reader reads every one of them: only `x-` fields are left unknown.
    void readerReadsEveryDeclaredField()
    {
        auto loaded = DocumentReader::readFile(everyField.toStdString());
        const auto *error = std::get_if<LoadError>(&loaded);
        QVERIFY2(!error, error ? error->toString().c_str() : "");
        const Topology &topology = std::get<Topology>(loaded);
        QStringList bad = extensionsOnly(topology.unknown, "design");
        for (const Node &node : topology.nodes) {
            bad += extensionsOnly(node.unknown, node.id);
            if (const auto *cloud = node.as<AvsPrivateCloud>()) {
                for (const Segment &segment : cloud->segments)
                    bad += extensionsOnly(segment.unknown, node.id + ".segments");
            }
            if (const auto *vnet = node.as<VirtualNetwork>()) {
                for (const Subnet &subnet : vnet->subnets)
                    bad += extensionsOnly(subnet.unknown, node.id + ".subnets");
                for (const RouteTable &table : vnet->routeTables) {
                    bad += extensionsOnly(table.unknown, node.id + ".routeTables");
                    for (const UserRoute &route : table.routes)
                        bad += extensionsOnly(route.unknown, node.id + ".routes");
                }
            }
            if (const auto *nva = node.as<Nva>())
                bad += extensionsOnly(nva->asPath.unknown, node.id + ".asPath");
        }
        for (const Link &link : topology.links)
            bad += extensionsOnly(link.unknown, link.id);
        for (const Intent &intent : topology.intents)
            bad += extensionsOnly(intent.unknown, "intent " + intent.name);
        for (const Annotation &annotation : topology.annotations)
            bad += extensionsOnly(annotation.unknown, annotation.id);
        QVERIFY(topology.lesson);
        bad += extensionsOnly(topology.lesson->unknown, "lesson");
        for (const LessonStep &step : topology.lesson->steps)
            bad += extensionsOnly(step.unknown, "lesson step");
        QVERIFY2(bad.isEmpty(), qPrintable("read as unknown: " + bad.join(", ")));
    }

    // The reader cannot read a field its schema does not declare, nor give it another default.
    void undeclaredFieldIsABug()
    {
        Json object = Json::parse(R"({"name": "web", "prefix": "10.1.0.0/24", "extra": 1})");
        ObjectReader reader(object, JsonPath(), formatschema::segment());
        QVERIFY(reader.find("name"));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, reader.find("extra"));
        Json table = Json::parse(R"({"name": "rt"})");
        ObjectReader tableReader(table, JsonPath(), formatschema::routeTable());
        QCOMPARE(tableReader.boolean("disableBgpRoutePropagation", false), false);
        QVERIFY_THROWS_EXCEPTION(std::logic_error,
                                 tableReader.boolean("disableBgpRoutePropagation", true));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, tableReader.schemaOf("name"));
        QCOMPARE(&tableReader.schemaOf("routes"), &formatschema::route());
    }
};

QTEST_GUILESS_MAIN(TestFormatSchema)
#include "tst_formatschema.moc"
