// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace avsnet::ui {

class AzureComparison;
class AzureComparisonModel;

// The Routes dock's "Compared with Azure" page: every observed table with, per prefix, the
// match, Azure's routes, the model's and the difference; a switch to list only the
// differences, and Clear. Follows the comparison, which recompares after every analysis.
class AzureComparisonView final : public QWidget
{
    Q_OBJECT

public:
    explicit AzureComparisonView(AzureComparison *comparison, QWidget *parent = nullptr);

    AzureComparisonModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QCheckBox *differencesOnly() const { return m_differencesOnly; }
    // "Compared with capture.json: 3 prefixes differ in 2 tables".
    QString summary() const;

signals:
    // A row was double-clicked: the node whose table it is.
    void nodeActivated(const QString &id);

private:
    void refresh();
    void spanTableRows();

    AzureComparison *m_comparison;
    AzureComparisonModel *m_model;
    QLabel *m_summary;
    QCheckBox *m_differencesOnly;
    QPushButton *m_clear;
    QTreeView *m_view;
};

} // namespace avsnet::ui
