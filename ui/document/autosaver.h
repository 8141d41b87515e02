// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace avsnet::ui {

class Document;

// Writes the open design to the application data folder every minute while it has unsaved
// changes, and removes that copy once the design is saved or the program closes cleanly. A
// copy left behind means the program died: the next start offers to recover it.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    struct Recoverable
    {
        QString autosaveFile;
        QString originalFile; // empty for a design never saved
        QDateTime savedAt;
    };

    explicit Autosaver(Document *document, QObject *parent = nullptr);
    ~Autosaver() override;

    static QString folder();
    // Autosaves whose program is no longer running.
    static QList<Recoverable> recoverable();
    static void discard(const Recoverable &entry);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    QString file() const { return m_file; }
    // Writes now if there are unsaved changes (the timer calls this).
    void autosave();
    // Removes this session's autosave (after a save, or on a clean exit).
    void clear();

private:
    Document *m_document;
    QTimer m_timer;
    QString m_file;
};

} // namespace avsnet::ui
