// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;

namespace avsnet::ui {

// One page of the property dock (the design, a node, a link, a multiple selection): a title
// and a form of labelled fields, each with a hint line under it for validation messages.
// Pages build their editors once; refresh() only updates values.
class PropertyPage : public QWidget
{
    Q_OBJECT

public:
    // Shows the model's current values; false when what the page shows no longer exists.
    virtual bool refresh() = 0;
    // Stops the page from writing the document, for good. Pages call it first thing in their
    // destructor: deleting a focused field commits it otherwise, into a half-destroyed page.
    virtual void detach() = 0;

    QLabel *titleLabel() const { return m_title; }
    void setTitle(const QString &title);
    void addSection(const QString &title);
    // Adds a row: the editor, and under it a hidden hint label (objectName "<field>.hint")
    // that markField() fills.
    template<typename Editor> Editor *addField(const QString &label, Editor *editor)
    {
        addFieldRow(label, editor);
        return editor;
    }
    // A read-only value (ids, link ends), selectable for copying.
    QLabel *addReadOnly(const QString &label, const QString &objectName, const QString &text = {});

protected:
    explicit PropertyPage(QWidget *parent = nullptr);

private:
    void addFieldRow(const QString &label, QWidget *editor);

    QLabel *m_title;
    QFormLayout *m_form;
};

} // namespace avsnet::ui
