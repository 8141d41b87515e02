// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "intentsmodel.h"

#include "analysis/intentcheck.h"
#include "commands/designcommands.h"
#include "document/document.h"

#include <QColor>

#include <algorithm>

namespace avsnet::ui {

namespace {

constexpr QRgb metColour = 0x2e7d32;
constexpr QRgb brokenColour = 0xc62828;

} // namespace

IntentsModel::IntentsModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &Document::intentsChanged, this, &IntentsModel::reload);
    connect(document, &Document::topologyReset, this, &IntentsModel::reload);
    reload();
}

QString IntentsModel::expectationText(core::Expectation expect)
{
    return expect == core::Expectation::Reachable ? QStringLiteral("reachable")
                                                  : QStringLiteral("unreachable");
}

void IntentsModel::setAnalysis(std::shared_ptr<const core::Analysis> analysis)
{
    m_analysis = std::move(analysis);
    m_names = DisplayNames::of(m_analysis.get());
    recheck();
    if (!m_intents.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit checked();
}

void IntentsModel::reload()
{
    const auto &intents = m_document->topology().intents;
    if (intents.size() == m_intents.size()) {
        // Same rows (a rename, a new expectation): no reset, so an open editor survives the
        // command it just pushed.
        m_intents = intents;
        recheck();
        if (!m_intents.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_intents = intents;
        recheck();
        endResetModel();
    }
    emit checked();
}

void IntentsModel::recheck()
{
    m_status.assign(m_intents.size(), Status());
    if (!m_analysis)
        return;
    for (std::size_t i = 0; i < m_intents.size(); ++i) {
        const core::IntentResult result = core::checkIntent(*m_analysis, m_intents[i]);
        m_status[i] = {result.holds, QString::fromStdString(result.problem)};
    }
}

int IntentsModel::metCount() const
{
    return int(std::count_if(m_status.begin(), m_status.end(),
                             [](const Status &status) { return status.holds; }));
}

int IntentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_intents.size());
}

int IntentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::Intent &intent = m_intents[std::size_t(index.row())];
    const Status &status = m_status[std::size_t(index.row())];
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case StatusColumn:
            if (!isChecked())
                return tr("…");
            return status.holds ? tr("✓ met") : tr("✗ broken");
        case NameColumn:
            return QString::fromStdString(intent.name);
        case ExpectColumn:
            return expectationText(intent.expect);
        // People read names; an edit works on what the file holds (ids, cli.md endpoints).
        case FromColumn:
            return role == Qt::EditRole ? QString::fromStdString(intent.from)
                                        : m_names.endpoint(intent.from);
        case ToColumn:
            return role == Qt::EditRole ? QString::fromStdString(intent.to)
                                        : m_names.endpoint(intent.to);
        case ViaColumn: {
            QStringList via;
            for (const auto &node : intent.via)
                via.append(role == Qt::EditRole ? QString::fromStdString(node) : m_names.node(node));
            return via.join(QStringLiteral(", "));
        }
        case ProblemColumn:
            return m_names.text(status.problem.toStdString());
        }
    } else if (role == Qt::ForegroundRole && column == StatusColumn && isChecked()) {
        return QColor(status.holds ? metColour : brokenColour);
    } else if (role == Qt::ToolTipRole && (column == StatusColumn || column == ProblemColumn)) {
        if (!isChecked())
            return tr("Waiting for the analysis");
        return status.holds ? tr("The intent holds") : m_names.text(status.problem.toStdString());
    }
    return {};
}

bool IntentsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount())
        return false;
    std::vector<core::Intent> intents = m_intents;
    core::Intent &intent = intents[std::size_t(index.row())];
    if (index.column() == NameColumn) {
        const std::string name = value.toString().trimmed().toStdString();
        // Lessons name their goals by intent name: names stay unique and non-empty.
        const bool taken =
            std::any_of(m_intents.begin(), m_intents.end(),
                        [&name](const core::Intent &other) { return other.name == name; });
        if (name.empty() || name == intent.name || taken)
            return false;
        intent.name = name;
        pushIntents(std::move(intents), tr("Rename intent"));
        return true;
    }
    if (index.column() == ExpectColumn) {
        const QString text = value.toString().trimmed().toLower();
        core::Expectation expect;
        if (text == expectationText(core::Expectation::Reachable))
            expect = core::Expectation::Reachable;
        else if (text == expectationText(core::Expectation::Unreachable))
            expect = core::Expectation::Unreachable;
        else
            return false;
        if (expect == intent.expect)
            return false;
        intent.expect = expect;
        pushIntents(std::move(intents), tr("Change intent expectation"));
        return true;
    }
    return false;
}

void IntentsModel::pushIntents(std::vector<core::Intent> intents, const QString &text)
{
    m_document->undoStack()->push(new SetIntents(m_document, std::move(intents), text));
}

Qt::ItemFlags IntentsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == NameColumn || index.column() == ExpectColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant IntentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Name");
    case ExpectColumn:
        return tr("Expect");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case ViaColumn:
        return tr("Via");
    case ProblemColumn:
        return tr("Problem");
    }
    return {};
}

} // namespace avsnet::ui
