// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/displaynames.h"
#include "model/topology.h"
#include "routing/analysis.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace avsnet::ui {

class Document;

// The intents of the document, each checked against the newest analysis (core::checkIntent),
// so a new or edited intent shows its mark at once. Editing a name or an expectation pushes
// SetIntents on the document's undo stack; the model changes only when the document says so.
class IntentsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        NameColumn,
        ExpectColumn,
        FromColumn,
        ToColumn,
        ViaColumn,
        ProblemColumn,
        ColumnCount
    };

    explicit IntentsModel(Document *document, QObject *parent = nullptr);

    void setAnalysis(std::shared_ptr<const core::Analysis> analysis);
    const std::vector<core::Intent> &intents() const { return m_intents; }
    const core::Intent &intent(int row) const { return m_intents[std::size_t(row)]; }
    // Whether the newest analysis has been checked; false before the first one.
    bool isChecked() const { return m_analysis != nullptr; }
    bool holds(int row) const { return m_status[std::size_t(row)].holds; }
    QString problem(int row) const { return m_status[std::size_t(row)].problem; }
    int metCount() const;

    static QString expectationText(core::Expectation expect);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // The marks changed: after a new analysis or a change of the intents.
    void checked();

private:
    struct Status
    {
        bool holds = false;
        QString problem;
    };

    void reload();
    void recheck();
    void pushIntents(std::vector<core::Intent> intents, const QString &text);

    Document *m_document;
    std::shared_ptr<const core::Analysis> m_analysis;
    DisplayNames m_names;
    std::vector<core::Intent> m_intents;
    std::vector<Status> m_status;
};

} // namespace avsnet::ui
