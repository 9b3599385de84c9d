// What the ArticleDocument tests share: files written and read byte for byte in a temporary directory,
// and a seed-like article.
#pragma once

#include "articledocument.h"

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtGlobal>

namespace Citewise::Test {

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline QString text(const ArticleDocument &doc)
{
    return doc.textDocument()->toPlainText();
}

inline const QByteArray kSeedLike = "Ferry operator adds a winter route\n"
                                    "Oslo, January 9, 2025 — The company will add a winter route [1].\n"
                                    "Local councils said the route would help schools [3].\n"
                                    "The first sailing is planned for February [1].\n"
                                    "References:\n"
                                    "[1] https://ferry.example.org/winter-route\n"
                                    "[2] https://ports.example.com/schedule\n"
                                    "[3] https://islands.example.net/councils\n"
                                    "Comments\n"
                                    "No comments yet\n";

class ArticleDocumentTest : public QObject
{
protected:
    QTemporaryDir m_dir;

    // Loads `bytes` from a temporary file.
    bool loadBytes(
        ArticleDocument &doc, const QByteArray &bytes, const QString &name = QStringLiteral("article.txt"))
    {
        const QString path = m_dir.filePath(name);
        if (!writeBytes(path, bytes))
            return false;
        QString error;
        const bool ok = doc.load(path, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }
};

} // namespace Citewise::Test
