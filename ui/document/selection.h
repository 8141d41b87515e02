// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <algorithm>

namespace avsnet::ui {

// Which nodes and links are selected: view state shared by the canvas and the docks, never
// on the undo stack. Ids only; anyone may set it, everyone listens.
class Selection : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    const QStringList &ids() const { return m_ids; }
    QString current() const { return m_ids.isEmpty() ? QString() : m_ids.front(); }
    bool contains(const QString &id) const { return m_ids.contains(id); }
    void setIds(const QStringList &ids)
    {
        if (ids == m_ids)
            return;
        m_ids = ids;
        emit changed(m_ids);
    }
    void clear() { setIds({}); }
    // An item got a new id (Document::itemRenamed): the selection keeps holding it.
    void rename(const QString &from, const QString &to)
    {
        QStringList ids = m_ids;
        std::replace(ids.begin(), ids.end(), from, to);
        setIds(ids);
    }

signals:
    void changed(const QStringList &ids);

private:
    QStringList m_ids;
};

} // namespace avsnet::ui
