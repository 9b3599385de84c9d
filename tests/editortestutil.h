// What the editor's tests share: a short article with every kind of marker, and opening articles in
// documents the way files are opened.
#pragma once

#include "articledocument.h"
#include "bodyeditor.h"
#include "markerhighlighter.h"

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

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

// A test case that opens articles in documents, from files in a folder of its own.
class ArticleFileTest : public QObject
{
protected:
    // Writes `bytes` to a file in the folder and opens it in `doc`.
    bool load(ArticleDocument &doc, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("article.txt"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return false;
        file.close();
        QString error;
        return doc.load(path, &error);
    }

    QTemporaryDir m_dir;
};

// The format the highlighter gave to the character at `offset` of `block`.
// Formats are applied when a block is about to be painted, so ask for this one first.
inline QTextCharFormat formatAt(BodyEditor &editor, const QTextBlock &block, int offset)
{
    editor.highlighter()->formatBlock(block);
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (offset >= range.start && offset < range.start + range.length)
            return range.format;
    }
    return {};
}

// The texts the editor underlines (its extra selections), sorted.
inline QStringList underlinedTexts(const BodyEditor &editor)
{
    QStringList texts;
    for (const QTextEdit::ExtraSelection &sel : editor.extraSelections())
        texts.append(sel.cursor.selectedText());
    texts.sort();
    return texts;
}

// Shows the editor at `size` and waits until it is on screen.
inline bool showAt(BodyEditor &editor, QSize size)
{
    editor.resize(size);
    editor.show();
    return QTest::qWaitForWindowExposed(&editor);
}

} // namespace Citewise::Test
