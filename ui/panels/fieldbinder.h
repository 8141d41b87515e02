// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldvalidation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace avsnet::ui {

class Document;

// Ties editors to the fields of one node or link (Item is core::Node or core::Link). An
// edit is checked, marked at the field, and, when not invalid, applied to a copy of the item
// and handed to `push` (a ChangeNode/ChangeLink) with the field's label as people read it
// (fieldLabel(), for the undo text) and its path (the editor's objectName) as merge key. refresh() shows model values with signals blocked, and only in
// fields whose model value changed, so a field being typed in keeps its text and cursor.
// A cheap handle: copies share one state, which the editors' connections keep alive.
template<typename Item> class FieldBinder
{
public:
    using Current = std::function<const Item *()>;
    using Push = std::function<void(const Item &before, const Item &after, const QString &field,
                                    const QString &mergeKey)>;
    using Refresher = std::function<void(const Item &)>;

    FieldBinder(Document *document, Current current, Push push)
        : m_state(std::make_shared<State>())
    {
        m_state->document = document;
        m_state->current = std::move(current);
        m_state->push = std::move(push);
    }

    Document *document() const { return m_state->document; }
    const Item *current() const { return m_state->current(); }

    // Stops all writing and refreshing: the page is going away (focus leaving a half-typed
    // field as its widgets are deleted must not commit into a document that may be gone too).
    void detach() const { m_state->detached = true; }
    bool isDetached() const { return m_state->detached; }

    // Shows the item as the model holds it now; false when it no longer exists.
    bool refresh() const
    {
        const Item *item = m_state->detached ? nullptr : current();
        if (!item)
            return false;
        for (const auto &refresher : m_state->refreshers)
            refresher(*item);
        return true;
    }

    // Refreshers run in the order they were added: add choices before the field using them.
    void addRefresher(Refresher refresher) const
    {
        m_state->refreshers.push_back(std::move(refresher));
    }

    // Applies `change` to a copy of the item and pushes it when something changed. An empty
    // merge key makes a step of history of its own (adding or removing a table row).
    void commit(const QString &field, const QString &mergeKey,
                const std::function<void(Item &)> &change) const
    {
        const Item *item = m_state->detached ? nullptr : current();
        if (!item)
            return;
        const Item before = *item;
        Item after = before;
        change(after);
        if (after != before)
            m_state->push(before, after, field, mergeKey);
    }

    void bindLineEdit(QLineEdit *edit, std::function<QString(const Item &)> get,
                      std::function<FieldCheck(const QString &)> check,
                      std::function<void(Item &, const QString &)> set) const
    {
        auto shown = std::make_shared<std::optional<QString>>();
        addRefresher([edit, get, check, shown](const Item &item) {
            const QString value = get(item);
            if (*shown == value)
                return;
            *shown = value;
            if (edit->text() != value) {
                const int cursor = edit->cursorPosition();
                const QSignalBlocker blocker(edit);
                edit->setText(value);
                edit->setCursorPosition(std::min(cursor, int(value.size())));
            }
            markField(edit, check(value));
        });
        QObject::connect(edit, &QLineEdit::editingFinished, edit,
                         [binder = *this, edit, check, set] {
                             const QString text = edit->text();
                             const FieldCheck result = check(text);
                             markField(edit, result);
                             if (!result.isInvalid())
                                 binder.commit(fieldLabel(edit), edit->objectName(),
                                               [&](Item &item) { set(item, text); });
                         });
    }

    void bindCheckBox(QCheckBox *box, std::function<bool(const Item &)> get,
                      std::function<void(Item &, bool)> set) const
    {
        addRefresher([box, get](const Item &item) {
            const QSignalBlocker blocker(box);
            box->setChecked(get(item));
        });
        QObject::connect(box, &QCheckBox::toggled, box, [binder = *this, box, set](bool checked) {
            binder.commit(fieldLabel(box), box->objectName(),
                          [&](Item &item) { set(item, checked); });
        });
    }

    // The combo's item data is the model value; a value missing from the choices is added.
    void bindComboBox(QComboBox *combo, std::function<QString(const Item &)> get,
                      std::function<void(Item &, const QString &)> set) const
    {
        addRefresher([combo, get](const Item &item) {
            const QString value = get(item);
            const QSignalBlocker blocker(combo);
            int index = combo->findData(value);
            if (index < 0) {
                combo->addItem(value, value);
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(index);
        });
        QObject::connect(combo, &QComboBox::currentIndexChanged, combo,
                         [binder = *this, combo, set](int index) {
                             const QString value = combo->itemData(index).toString();
                             binder.commit(fieldLabel(combo), combo->objectName(),
                                           [&](Item &item) { set(item, value); });
                         });
    }

    void bindSpinBox(QSpinBox *spin, std::function<int(const Item &)> get,
                     std::function<void(Item &, int)> set) const
    {
        addRefresher([spin, get](const Item &item) {
            const QSignalBlocker blocker(spin);
            spin->setValue(get(item));
        });
        QObject::connect(spin, &QSpinBox::valueChanged, spin,
                         [binder = *this, spin, set](int value) {
                             binder.commit(fieldLabel(spin), spin->objectName(),
                                           [&](Item &item) { set(item, value); });
                         });
    }

    // A composite editor: Value value(), setValue(const Value &) (which must not emit),
    // FieldCheck check(), and the signals edited(QString part) for a mergeable edit of one
    // part ("[2].prefix") and restructured() for adding or removing rows.
    template<typename Editor, typename Value>
    void bindEditor(Editor *editor, std::function<Value(const Item &)> get,
                    std::function<void(Item &, const Value &)> set) const
    {
        auto shown = std::make_shared<std::optional<Value>>();
        addRefresher([editor, get, shown](const Item &item) {
            Value value = get(item);
            if (*shown == value)
                return;
            editor->setValue(value);
            *shown = std::move(value);
            markField(editor, editor->check());
        });
        auto apply = [binder = *this, editor, set](const QString &mergeKey) {
            const FieldCheck result = editor->check();
            markField(editor, result);
            if (!result.isInvalid())
                binder.commit(fieldLabel(editor), mergeKey,
                              [&](Item &item) { set(item, editor->value()); });
        };
        QObject::connect(editor, &Editor::edited, editor, [editor, apply](const QString &part) {
            apply(editor->objectName() + part);
        });
        QObject::connect(editor, &Editor::restructured, editor, [apply] { apply(QString()); });
    }

private:
    struct State
    {
        Document *document = nullptr;
        Current current;
        Push push;
        std::vector<Refresher> refreshers;
        bool detached = false;
    };

    std::shared_ptr<State> m_state;
};

} // namespace avsnet::ui
