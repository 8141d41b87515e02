// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertypage.h"

#include "fieldvalidation.h"

#include <QAbstractScrollArea>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace avsnet::ui {

PropertyPage::PropertyPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_form(new QFormLayout)
{
    m_title->setObjectName(QStringLiteral("title"));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);
    m_title->setWordWrap(true);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addStretch();
}

void PropertyPage::setTitle(const QString &title)
{
    m_title->setText(title);
}

void PropertyPage::addSection(const QString &title)
{
    auto *label = new QLabel(title);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    m_form->addRow(label);
}

QLabel *PropertyPage::addReadOnly(const QString &label, const QString &objectName,
                                  const QString &text)
{
    auto *value = new QLabel(text);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    m_form->addRow(label, value);
    return value;
}

void PropertyPage::addFieldRow(const QString &label, QWidget *editor)
{
    auto *field = new QWidget;
    // Never taller than its editor: a text area's expanding policy would otherwise pull the
    // row apart and leave a gap above the editor.
    field->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(field);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    auto *hint = new QLabel;
    hint->setObjectName(editor->objectName() + QStringLiteral(".hint"));
    hint->setWordWrap(true);
    hint->setVisible(false);
    QFont font = hint->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    hint->setFont(font);
    layout->addWidget(editor);
    layout->addWidget(hint);
    editor->setProperty("fieldHint", QVariant::fromValue<QObject *>(hint));
    if (!label.isEmpty())
        setFieldLabel(editor, label);
    if (label.isEmpty()) {
        m_form->addRow(field);
        return;
    }
    auto *caption = new QLabel(label);
    caption->setBuddy(editor);
    // Tables and text areas take the page's whole width under their caption: beside it
    // they would be a third narrower, and their columns cut.
    if (qobject_cast<QAbstractScrollArea *>(editor) || editor->inherits("avsnet::ui::RowTableEdit")
        || editor->inherits("avsnet::ui::RouteTablesEdit")) {
        m_form->addRow(caption);
        m_form->addRow(field);
        return;
    }
    m_form->addRow(caption, field);
}

} // namespace avsnet::ui
