// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "intentsdock.h"

#include "analysis/analysisrunner.h"
#include "analysis/tracecontroller.h"
#include "commands/designcommands.h"
#include "document/document.h"
#include "intentsmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace avsnet::ui {

namespace {

// Edits the Expect column with a choice of the two expectations instead of free text.
class ExpectDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() != IntentsModel::ExpectColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *box = new QComboBox(parent);
        box->addItems({IntentsModel::expectationText(core::Expectation::Reachable),
                       IntentsModel::expectationText(core::Expectation::Unreachable)});
        return box;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor))
            box->setCurrentText(index.data(Qt::EditRole).toString());
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor))
            model->setData(index, box->currentText());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};

} // namespace

IntentsDock::IntentsDock(Document *document, AnalysisRunner *runner, TraceController *trace,
                         QWidget *parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_trace(trace)
    , m_model(new IntentsModel(document, this))
    , m_view(new QTreeView)
    , m_addButton(new QPushButton(tr("Add from current trace")))
    , m_deleteButton(new QPushButton(tr("Delete")))
    , m_traceButton(new QPushButton(tr("Trace")))
{
    setObjectName(QStringLiteral("intentsDock"));

    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setToolTip(tr("Expect what the current trace shows between its endpoints"));
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_traceButton->setObjectName(QStringLiteral("traceButton"));
    m_traceButton->setToolTip(tr("Trace the endpoints of the selected intent"));

    m_view->setObjectName(QStringLiteral("intentsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ExpectDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->setColumnWidth(IntentsModel::StatusColumn, 80);
    m_view->setColumnWidth(IntentsModel::NameColumn, 220);
    m_view->setColumnWidth(IntentsModel::ExpectColumn, 100);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_traceButton);
    buttons->addStretch();

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
    setWidget(content);

    connect(m_addButton, &QPushButton::clicked, this, &IntentsDock::addFromCurrentTrace);
    connect(m_deleteButton, &QPushButton::clicked, this, &IntentsDock::deleteSelected);
    connect(m_traceButton, &QPushButton::clicked, this, &IntentsDock::traceCurrent);
    connect(m_model, &IntentsModel::checked, this, &IntentsDock::updateTitle);
    connect(m_model, &IntentsModel::checked, this, &IntentsDock::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IntentsDock::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &IntentsDock::updateButtons);
    connect(runner, &AnalysisRunner::panelsDue, m_model, &IntentsModel::setAnalysis);
    connect(trace, &TraceController::traceChanged, this, &IntentsDock::updateButtons);

    m_model->setAnalysis(runner->analysis());
}

std::string IntentsDock::uniqueName(const QString &from, const QString &to) const
{
    std::set<std::string> taken;
    for (const auto &intent : m_document->topology().intents)
        taken.insert(intent.name);
    const std::string stem = tr("%1 to %2").arg(from, to).toStdString();
    std::string name = stem;
    for (int n = 2; taken.contains(name); ++n)
        name = stem + " (" + std::to_string(n) + ")";
    return name;
}

void IntentsDock::addFromCurrentTrace()
{
    if (!m_trace->isActive())
        return;
    core::Intent intent;
    intent.from = m_trace->from().toStdString();
    intent.to = m_trace->to().toStdString();
    intent.name = uniqueName(m_trace->from(), m_trace->to());
    intent.expect = m_trace->result() && m_trace->result()->reachable()
                        ? core::Expectation::Reachable
                        : core::Expectation::Unreachable;
    std::vector<core::Intent> intents = m_document->topology().intents;
    intents.push_back(std::move(intent));
    const int row = int(intents.size()) - 1;
    m_document->undoStack()->push(new SetIntents(m_document, std::move(intents), tr("Add intent")));
    // Let the user name it at once.
    const QModelIndex name = m_model->index(row, IntentsModel::NameColumn);
    if (name.isValid()) {
        m_view->setCurrentIndex(name);
        if (m_view->isVisible())
            m_view->edit(name);
    }
}

void IntentsDock::deleteSelected()
{
    std::vector<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.push_back(index.row());
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    std::vector<core::Intent> intents = m_document->topology().intents;
    for (const int row : rows) {
        if (row < int(intents.size()))
            intents.erase(intents.begin() + row);
    }
    m_document->undoStack()->push(
        new SetIntents(m_document, std::move(intents),
                       rows.size() == 1 ? tr("Delete intent") : tr("Delete intents")));
}

void IntentsDock::traceCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const core::Intent &intent = m_model->intent(current.row());
    m_trace->setEndpoints(QString::fromStdString(intent.from), QString::fromStdString(intent.to));
}

void IntentsDock::updateTitle()
{
    const int total = m_model->rowCount();
    if (total == 0 || !m_model->isChecked())
        setWindowTitle(total == 0 ? tr("Intents") : tr("Intents (%1)").arg(total));
    else
        setWindowTitle(tr("Intents (%1/%2 met)").arg(m_model->metCount()).arg(total));
}

void IntentsDock::updateButtons()
{
    m_addButton->setEnabled(m_trace->isActive());
    const bool hasSelection = m_view->selectionModel()->hasSelection();
    m_deleteButton->setEnabled(hasSelection);
    m_traceButton->setEnabled(m_view->currentIndex().isValid());
}

} // namespace avsnet::ui
