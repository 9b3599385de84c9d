// What the editor's tests share: a short article with every kind of marker, and loading it into a
// document the way a file is opened.
#pragma once

#include "articledocument.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

namespace Citewise::Test {

// A title, a dateline, valid, dangling and malformed markers, two references and no comments.
inline const QByteArray kFerryArticle
    = "Ferry operator adds a winter route\n"
      "Oslo, January 9, 2025 — The company will add a route [1] and more [7].\n"
      "A broken marker [3-] and a fine one [2].\n"
      "References:\n"
      "[1] https://ferry.example.org/winter-route\n"
      "[2] https://ports.example.com/schedule\n"
      "Comments\n"
      "No comments yet\n";

// Writes `bytes` to a file in `dir` and opens it in `doc`.
inline bool loadArticle(ArticleDocument &doc, const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("article.txt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    QString error;
    return doc.load(path, &error);
}

} // namespace Citewise::Test
