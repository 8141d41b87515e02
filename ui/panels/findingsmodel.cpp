// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsmodel.h"

#include "analysis/findingcatalog.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QStyle>

#include <algorithm>

namespace avsnet::ui {

namespace {

QStringList subjectList(const core::Finding &finding)
{
    QStringList subjects;
    subjects.reserve(qsizetype(finding.subjects.size()));
    for (const auto &subject : finding.subjects)
        subjects.append(QString::fromStdString(subject));
    return subjects;
}

// Wraps a long message for a tooltip: rich text wraps, plain text does not.
// The message (with names), then what the code means in general (the finding catalog's summary).
QString wrappedToolTip(const core::Finding &finding, const QString &message)
{
    QString tip
        = QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(message.toHtmlEscaped());
    if (const core::FindingCodeInfo *info = core::findingInfo(finding.code))
        tip += QStringLiteral("<p><i>%1: %2</i></p>")
                   .arg(QString::fromStdString(finding.code).toHtmlEscaped(),
                        QString::fromUtf8(info->summary.data(), qsizetype(info->summary.size()))
                            .toHtmlEscaped());
    return tip;
}

} // namespace

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (const auto severity :
         {core::Severity::Error, core::Severity::Warning, core::Severity::Info})
        m_icons[int(severity)] = severityIcon(severity);
}

QIcon FindingsModel::severityIcon(core::Severity severity)
{
    // The drawn icons may not exist yet; the style's message box icons say the same thing.
    const QString path =
        QStringLiteral(":/icons/finding-%1.svg").arg(QLatin1String(core::toString(severity)));
    if (QFile::exists(path))
        return QIcon(path);
    const QStyle::StandardPixmap fallback =
        severity == core::Severity::Error     ? QStyle::SP_MessageBoxCritical
        : severity == core::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                              : QStyle::SP_MessageBoxInformation;
    return QApplication::style() ? QApplication::style()->standardIcon(fallback) : QIcon();
}

void FindingsModel::setFindings(std::vector<core::Finding> findings, const DisplayNames &names)
{
    beginResetModel();
    m_findings = std::move(findings);
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const core::Finding &a, const core::Finding &b) {
                         return int(a.severity) < int(b.severity);
                     });
    m_messages.clear();
    m_subjects.clear();
    m_messages.reserve(m_findings.size());
    m_subjects.reserve(m_findings.size());
    for (const core::Finding &finding : m_findings) {
        m_messages.push_back(names.text(finding.message));
        QStringList subjects;
        for (const auto &subject : finding.subjects)
            subjects.append(names.item(subject));
        m_subjects.push_back(subjects.join(QStringLiteral(", ")));
    }
    endResetModel();
}

int FindingsModel::count(core::Severity severity) const
{
    return int(
        std::count_if(m_findings.begin(), m_findings.end(),
                      [severity](const core::Finding &f) { return f.severity == severity; }));
}

void FindingsModel::setHighlightedIds(const QStringList &ids)
{
    if (ids == m_highlightedIds)
        return;
    m_highlightedIds = ids;
    if (!m_findings.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::FontRole});
}

bool FindingsModel::isHighlighted(const core::Finding &finding) const
{
    return std::any_of(finding.subjects.begin(), finding.subjects.end(),
                       [this](const std::string &subject) {
                           return m_highlightedIds.contains(QString::fromStdString(subject));
                       });
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::Finding &finding = m_findings[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return QString::fromLatin1(core::toString(finding.severity));
        case CodeColumn:
            return QString::fromStdString(finding.code);
        case MessageColumn:
            return m_messages[std::size_t(index.row())];
        case SubjectsColumn:
            return m_subjects[std::size_t(index.row())];
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return m_icons[int(finding.severity)];
        break;
    case Qt::ToolTipRole:
        return wrappedToolTip(finding, m_messages[std::size_t(index.row())]);
    case Qt::FontRole:
        if (!m_highlightedIds.isEmpty() && isHighlighted(finding)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case SeverityRole:
        return QString::fromLatin1(core::toString(finding.severity));
    case SubjectsRole:
        return subjectList(finding);
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Message");
    case SubjectsColumn:
        return tr("Subjects");
    }
    return {};
}

} // namespace avsnet::ui
