// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosaver.h"

#include "document.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <csignal>
#include <unistd.h>

namespace avsnet::ui {

namespace {

QString metaFileFor(const QString &autosaveFile)
{
    return autosaveFile + QStringLiteral(".meta.json");
}

bool processRuns(qint64 pid)
{
    // Signal 0 checks existence without disturbing the process.
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

} // namespace

Autosaver::Autosaver(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_file(QDir(folder()).filePath(
          QStringLiteral("session-%1.avsnet").arg(QCoreApplication::applicationPid())))
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::autosave);
    connect(document, &Document::modificationChanged, this, [this](bool modified) {
        if (!modified)
            clear();
    });
    m_timer.start();
}

Autosaver::~Autosaver()
{
    clear();
}

QString Autosaver::folder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = QDir(base).filePath(QStringLiteral("autosave"));
    QDir().mkpath(path);
    return path;
}

void Autosaver::autosave()
{
    if (!m_document->isModified())
        return;
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly))
        return;
    const std::string text = m_document->toText();
    file.write(text.data(), qint64(text.size()));
    if (!file.commit())
        return;
    QSaveFile meta(metaFileFor(m_file));
    if (meta.open(QIODevice::WriteOnly)) {
        const QJsonObject object{{"pid", QCoreApplication::applicationPid()},
                                 {"original", m_document->filePath()},
                                 {"savedAt", QDateTime::currentDateTime().toString(Qt::ISODate)}};
        meta.write(QJsonDocument(object).toJson());
        meta.commit();
    }
}

void Autosaver::clear()
{
    QFile::remove(m_file);
    QFile::remove(metaFileFor(m_file));
}

QList<Autosaver::Recoverable> Autosaver::recoverable()
{
    QList<Recoverable> entries;
    const QDir dir(folder());
    for (const QString &name : dir.entryList({QStringLiteral("*.avsnet")}, QDir::Files, QDir::Time)) {
        Recoverable entry;
        entry.autosaveFile = dir.filePath(name);
        QFile meta(metaFileFor(entry.autosaveFile));
        qint64 pid = 0;
        if (meta.open(QIODevice::ReadOnly)) {
            const QJsonObject object = QJsonDocument::fromJson(meta.readAll()).object();
            pid = object.value("pid").toInteger();
            entry.originalFile = object.value("original").toString();
            entry.savedAt = QDateTime::fromString(object.value("savedAt").toString(), Qt::ISODate);
        }
        if (pid == QCoreApplication::applicationPid() || processRuns(pid))
            continue; // another window's live autosave, not a crash
        entries.append(entry);
    }
    return entries;
}

void Autosaver::discard(const Recoverable &entry)
{
    QFile::remove(entry.autosaveFile);
    QFile::remove(metaFileFor(entry.autosaveFile));
}

} // namespace avsnet::ui
