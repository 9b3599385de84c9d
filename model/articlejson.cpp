#include "articlejson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// Bytes that were not valid UTF-8 live in the text as lone surrogates; JSON must be valid UTF-8,
// so they become U+FFFD here (the diagnostics already say where they were).
QString jsonText(QStringView text)
{
    QString out = text.toString();
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c.isHighSurrogate() && i + 1 < out.size() && out.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

QString formName(Citation::Form form)
{
    switch (form) {
    case Citation::Form::Single:
        return u"single"_s;
    case Citation::Form::List:
        return u"list"_s;
    case Citation::Form::Range:
        return u"range"_s;
    }
    return {};
}

QString newlineName(const QString &newline)
{
    if (newline == u"\r\n"_s)
        return u"crlf"_s;
    return newline == u"\r"_s ? u"cr"_s : u"lf"_s;
}

QString styleName(Reference::Style style)
{
    switch (style) {
    case Reference::Style::Bracket:
        return u"bracket"_s;
    case Reference::Style::BracketColon:
        return u"bracket-colon"_s;
    case Reference::Style::Dotted:
        return u"dotted"_s;
    case Reference::Style::Parenthesized:
        return u"parenthesized"_s;
    case Reference::Style::Enclosed:
        return u"enclosed"_s;
    case Reference::Style::Bare:
        return u"bare"_s;
    }
    return {};
}

QJsonValue datelineJson(const Article &article)
{
    if (!article.hasDateline)
        return QJsonValue::Null;
    return QJsonObject {
        {u"place"_s, jsonText(article.dateline.place)},
        {u"date"_s, jsonText(article.dateline.date)},
        {u"credit"_s,
            article.dateline.credit.isEmpty() ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(jsonText(article.dateline.credit))},
    };
}

QJsonArray paragraphsJson(const Article &article)
{
    QJsonArray out;
    for (const Paragraph &p : article.paragraphs) {
        out.append(QJsonObject {
            {u"line"_s, p.line},
            {u"text"_s, jsonText(article.view(p.span))},
            {u"afterReferences"_s, p.afterReferences},
        });
    }
    return out;
}

QJsonArray citationsJson(const Article &article)
{
    QJsonArray out;
    for (const Citation &c : article.citations) {
        QJsonArray numbers;
        for (int n : c.expandedNumbers())
            numbers.append(n);
        out.append(QJsonObject {
            {u"line"_s, c.line},
            {u"column"_s, c.column},
            {u"numbers"_s, numbers},
            {u"form"_s, formName(c.form)},
            {u"marker"_s, jsonText(article.view(c.span))},
        });
    }
    return out;
}

QJsonArray referencesJson(const Article &article)
{
    QJsonArray out;
    for (const Reference &r : article.references) {
        QJsonArray continuation;
        for (int line : r.continuationLines)
            continuation.append(line);
        out.append(QJsonObject {
            // A number that does not fit is printed as -1, like Reference::number holds it.
            {u"number"_s, r.number},
            {u"url"_s, jsonText(r.url)},
            {u"label"_s, jsonText(r.label)},
            {u"line"_s, r.line},
            {u"style"_s, styleName(r.style)},
            {u"continuationLines"_s, continuation},
        });
    }
    return out;
}

QJsonArray commentsJson(const Article &article)
{
    QJsonArray out;
    for (const Comment &c : article.comments) {
        out.append(QJsonObject {
            {u"author"_s, jsonText(c.author)},
            {u"timestamp"_s, jsonText(c.timestamp)},
            {u"text"_s, jsonText(c.text)},
            {u"line"_s, c.line},
        });
    }
    return out;
}

QJsonArray strayLinesJson(const Article &article)
{
    QJsonArray out;
    for (const StrayLine &s : article.strayReferenceLines)
        out.append(QJsonObject {{u"line"_s, s.line}, {u"text"_s, jsonText(article.view(s.span))}});
    return out;
}

QJsonArray diagnosticsJson(const QList<Diagnostic> &diagnostics)
{
    QJsonArray out;
    for (const Diagnostic &d : diagnostics) {
        out.append(QJsonObject {
            {u"severity"_s, severityName(d.severity)},
            {u"code"_s, d.code},
            {u"line"_s, d.line},
            {u"column"_s, d.column},
            {u"message"_s, jsonText(d.message)},
        });
    }
    return out;
}

} // namespace

QJsonObject articleToJson(const Article &article, const QList<Diagnostic> &diagnostics)
{
    QJsonArray invalidLines;
    for (int line : article.invalidEncodingLines)
        invalidLines.append(line);
    return QJsonObject {
        {u"title"_s, jsonText(article.title)},
        {u"titleLine"_s, article.titleLine},
        {u"dateline"_s, datelineJson(article)},
        {u"paragraphs"_s, paragraphsJson(article)},
        {u"citations"_s, citationsJson(article)},
        {u"references"_s, referencesJson(article)},
        {u"strayReferenceLines"_s, strayLinesJson(article)},
        {u"comments"_s, commentsJson(article)},
        {u"diagnostics"_s, diagnosticsJson(diagnostics)},
        {u"encoding"_s,
            QJsonObject {
                {u"name"_s, encodingName(article.encoding)},
                {u"bom"_s, article.hasBom},
                {u"invalidLines"_s, invalidLines},
                {u"newline"_s, newlineName(article.preferredNewline())},
            }},
    };
}

} // namespace Citewise
