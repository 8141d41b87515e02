// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "idfield.h"

#include "commands/designcommands.h"
#include "document/document.h"
#include "fieldeditors.h"
#include "model/rename.h"
#include "propertypage.h"

#include <QCoreApplication>
#include <QRegularExpressionValidator>

namespace avsnet::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("avsnet::ui::IdField", text);
}

} // namespace

template<typename Item> void addIdField(PropertyPage *page, const FieldBinder<Item> &binder)
{
    auto *edit = page->addField(tr("Id"), createLineEdit(QStringLiteral("id")));
    edit->setToolTip(tr("What files, intents and the command line call it: letters, digits, "
                        "'_', '.' and '-', unique in the design"));
    // Characters an id cannot hold are not typed at all; the rest is checked on commit.
    edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9_.-]*")), edit));
    binder.addRefresher([edit](const Item &item) {
        if (!edit->hasFocus())
            edit->setText(toQString(item.id));
    });
    const auto check = [binder](const QString &text) {
        const Item *item = binder.current();
        if (!item)
            return FieldCheck::valid();
        const std::string problem = core::checkNewId(binder.document()->topology(), item->id,
                                                     text.toStdString());
        return problem.empty() ? FieldCheck::valid()
                               : FieldCheck::invalid(QString::fromStdString(problem));
    };
    QObject::connect(edit, &QLineEdit::textEdited, edit,
                     [edit, check](const QString &text) { markField(edit, check(text)); });
    QObject::connect(edit, &QLineEdit::editingFinished, edit, [edit, binder, check] {
        const Item *item = binder.isDetached() ? nullptr : binder.current();
        if (!item)
            return;
        const QString text = edit->text();
        const FieldCheck result = check(text);
        markField(edit, result);
        if (result.isInvalid() || text.toStdString() == item->id)
            return;
        Document *document = binder.document();
        document->undoStack()->push(
            new RenameItem(document, item->id, text.toStdString(),
                           tr("Rename %1 to %2").arg(toQString(item->id), text)));
    });
}

template void addIdField<core::Node>(PropertyPage *, const FieldBinder<core::Node> &);
template void addIdField<core::Link>(PropertyPage *, const FieldBinder<core::Link> &);

} // namespace avsnet::ui
