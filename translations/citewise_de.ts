<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Citewise::ArticleDocument</name>
    <message>
        <source>“%1” is a folder, not an article file.</source>
        <translation type="vanished">„%1“ ist ein Ordner, keine Artikeldatei.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2 MB). Citewise opens files up to 256 MB.</source>
        <translation type="vanished">„%1“ ist zu groß (%2 MB). Citewise öffnet Dateien bis 256 MB.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="vanished">„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” is too large. Citewise opens files up to 256 MB.</source>
        <translation type="vanished">„%1“ ist zu groß. Citewise öffnet Dateien bis 256 MB.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="vanished">„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file contains bytes that are not valid UTF-8. It is opened read-only so that they are never changed.</source>
        <translation>Die Datei enthält Bytes, die kein gültiges UTF-8 sind. Sie wird schreibgeschützt geöffnet, damit diese nie verändert werden.</translation>
    </message>
    <message>
        <source>The file contains bytes that are not valid UTF-16. It is opened read-only so that they are never changed.</source>
        <translation>Die Datei enthält Bytes, die kein gültiges UTF-16 sind. Sie wird schreibgeschützt geöffnet, damit diese nie verändert werden.</translation>
    </message>
    <message>
        <source>The file contains NUL bytes and may not be a text file. It is opened read-only.</source>
        <translation>Die Datei enthält NUL-Bytes und ist möglicherweise keine Textdatei. Sie wird schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>You do not have permission to change this file. Use Save As to keep a copy.</source>
        <translation type="vanished">Sie dürfen diese Datei nicht ändern. Mit „Speichern unter“ können Sie eine Kopie behalten.</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation type="vanished">„%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Renumber citations</source>
        <translation type="vanished">Quellenangaben neu nummerieren</translation>
    </message>
    <message>
        <source>Add reference</source>
        <translation type="vanished">Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Edit reference</source>
        <translation type="vanished">Quelle bearbeiten</translation>
    </message>
    <message>
        <source>Remove reference</source>
        <translation type="vanished">Quelle entfernen</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation type="vanished">Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation type="vanished">Kommentar bearbeiten</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation type="vanished">Kommentar löschen</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>You do not have permission to change this file. Use Save As… to keep your own copy.</source>
        <translation>Sie dürfen diese Datei nicht ändern. Mit „Speichern unter …“ behalten Sie eine eigene Kopie.</translation>
    </message>
    <message>
        <source>The file is marked read-only. Use Save As… to keep your own copy.</source>
        <translation type="vanished">Die Datei ist als schreibgeschützt markiert. Mit „Speichern unter …“ behalten Sie eine eigene Kopie.</translation>
    </message>
    <message>
        <source>Renumber Citations</source>
        <translation>Quellenangaben neu nummerieren</translation>
    </message>
    <message>
        <source>Add Reference</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Edit Reference</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <source>Remove Reference</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>Kommentar bearbeiten</translation>
    </message>
    <message>
        <source>Delete Comment</source>
        <translation>Kommentar löschen</translation>
    </message>
    <message>
        <source>%1: nothing was changed. The article changed while the dialog was open, and what it showed is no longer there as it was.</source>
        <translation>%1: Es wurde nichts geändert. Der Artikel hat sich geändert, während der Dialog offen war, und was er zeigte, steht nicht mehr so darin.</translation>
    </message>
    <message>
        <source>%1: nothing was changed. The article changed while the dialog was open, and another entry is now numbered %2.</source>
        <translation>%1: Es wurde nichts geändert. Der Artikel hat sich geändert, während der Dialog offen war, und ein anderer Eintrag trägt jetzt die Nummer %2.</translation>
    </message>
    <message>
        <source>Write Citations as Markers</source>
        <translation>Zitate als Marken schreiben</translation>
    </message>
</context>
<context>
    <name>Citewise::ArticleRenderer</name>
    <message>
        <source>References</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>No references.</source>
        <translation>Keine Quellen.</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Noch keine Kommentare.</translation>
    </message>
    <message>
        <source>Image: </source>
        <translation>Bild: </translation>
    </message>
</context>
<context>
    <name>Citewise::BodyEditor</name>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Ablegen</translation>
    </message>
    <message>
        <source>Type or paste the article here: a title line, paragraphs that cite their sources as [1], and a “References:” line followed by entries such as “[1] https://…”.</source>
        <translation>Schreiben oder fügen Sie den Artikel hier ein: eine Titelzeile, Absätze, die ihre Quellen als [1] angeben, und eine Zeile „Quellen:“ mit Einträgen wie „[1] https://…“.</translation>
    </message>
</context>
<context>
    <name>Citewise::CommentDialog</name>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Comment author</source>
        <translation>Verfasser des Kommentars</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>Kommentartext</translation>
    </message>
    <message>
        <source>What should the author or other editors know?</source>
        <translation>Was sollen die Autorin, der Autor oder andere Redakteure wissen?</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Verfasser:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>A comment is one line of the article: Enter saves it.</source>
        <translation>Ein Kommentar ist eine Zeile des Artikels: Die Eingabetaste speichert ihn.</translation>
    </message>
    <message>
        <source>A name cannot hold a colon, parentheses or square brackets.</source>
        <translation>Ein Name darf keinen Doppelpunkt, keine runden und keine eckigen Klammern enthalten.</translation>
    </message>
    <message>
        <source>A comment keeps the name of the one who wrote it.</source>
        <translation>Ein Kommentar behält den Namen dessen, der ihn geschrieben hat.</translation>
    </message>
    <message>
        <source>A name cannot hold a colon, parentheses or square brackets: the comment will be saved without one.</source>
        <translation>Ein Name darf keinen Doppelpunkt, keine runden und keine eckigen Klammern enthalten: Der Kommentar wird ohne Namen gespeichert.</translation>
    </message>
    <message>
        <source>A name cannot hold a colon, parentheses or square brackets: it will be saved as “%1”.</source>
        <translation>Ein Name darf keinen Doppelpunkt, keine runden und keine eckigen Klammern enthalten: Er wird als „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>Citewise::CommentsModel</name>
    <message>
        <source>(anonymous)</source>
        <translation>(anonym)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>Citewise::CommentsPanel</name>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Comments list</source>
        <translation>Kommentarliste</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Noch keine Kommentare.</translation>
    </message>
    <message>
        <source>No comments</source>
        <translation>Keine Kommentare</translation>
    </message>
    <message>
        <source>&amp;Add Comment…</source>
        <translation>Kommentar &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit Comment…</source>
        <translation>Kommentar &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete Comment</source>
        <translation>Kommentar &amp;löschen</translation>
    </message>
    <message>
        <source>Comment actions</source>
        <translation>Kommentaraktionen</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>Kommentar bearbeiten</translation>
    </message>
</context>
<context>
    <name>Citewise::Diagnostics</name>
    <message>
        <source>This line in the references section is not a reference entry.</source>
        <translation>Diese Zeile im Quellenverzeichnis ist kein Quelleneintrag.</translation>
    </message>
    <message>
        <source>This line contains bytes that are not valid UTF-8; they are kept unchanged.</source>
        <translation type="vanished">Diese Zeile enthält Bytes, die kein gültiges UTF-8 sind; sie bleiben unverändert erhalten.</translation>
    </message>
    <message>
        <source>This line contains bytes that are not valid UTF-16; they are kept unchanged.</source>
        <translation type="vanished">Diese Zeile enthält Bytes, die kein gültiges UTF-16 sind; sie bleiben unverändert erhalten.</translation>
    </message>
    <message>
        <source>Reference number %1 is out of range (1 to %2).</source>
        <translation>Die Quellennummer %1 liegt außerhalb des gültigen Bereichs (1 bis %2).</translation>
    </message>
    <message>
        <source>Reference number %1 is already used on line %2.</source>
        <translation>Die Quellennummer %1 wird bereits in Zeile %2 verwendet.</translation>
    </message>
    <message>
        <source>Reference %1 has no usable URL.</source>
        <translation>Quelle %1 hat keine verwendbare URL.</translation>
    </message>
    <message>
        <source>Reference %1 points to the same address as reference %2.</source>
        <translation>Quelle %1 verweist auf dieselbe Adresse wie Quelle %2.</translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>„%1“ ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>„%1“ ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>Citation number %1 is out of range (1 to %2).</source>
        <translation>Die Verweisnummer %1 liegt außerhalb des gültigen Bereichs (1 bis %2).</translation>
    </message>
    <message>
        <source>The range %1 spans %2 numbers; ranges of more than %3 are neither checked nor renumbered.</source>
        <translation>Der Bereich %1 umfasst %2 Nummern; Bereiche mit mehr als %3 Nummern werden weder geprüft noch neu nummeriert.</translation>
    </message>
    <message>
        <source>Citation [%1] has no matching reference.</source>
        <translation>Zum Verweis [%1] gibt es keine passende Quelle.</translation>
    </message>
    <message>
        <source>Numbers in this range have no matching reference: %1.</source>
        <translation>Zu diesen Nummern des Bereichs gibt es keine passende Quelle: %1.</translation>
    </message>
    <message>
        <source>“%1” looks like a citation marker but holds an invisible or unusual space character (U+%2); retype it.</source>
        <translation>„%1“ sieht wie ein Verweis aus, enthält aber ein unsichtbares Zeichen oder ungewöhnliches Leerzeichen (U+%2); geben Sie ihn neu ein.</translation>
    </message>
    <message>
        <source>“%1” looks like a citation marker but cannot be read.</source>
        <translation>„%1“ sieht wie ein Verweis aus, ist aber nicht lesbar.</translation>
    </message>
    <message>
        <source>The article cites sources but has no references section.</source>
        <translation>Der Artikel zitiert Quellen, hat aber kein Quellenverzeichnis.</translation>
    </message>
    <message>
        <source>References are first cited out of order: [%1] stands where [%2] would come next; renumbering puts them in order of first use.</source>
        <translation>Die Quellen werden nicht der Reihe nach zum ersten Mal zitiert: [%1] steht, wo [%2] als Nächstes käme; Neunummerieren ordnet sie nach ihrer ersten Verwendung.</translation>
    </message>
    <message>
        <source>Reference %1 is never cited in the text.</source>
        <translation>Quelle %1 wird im Text nirgends zitiert.</translation>
    </message>
    <message>
        <source>The numbers of the references cited skip [%2]: [%1] is the next source cited; renumbering closes the gap.</source>
        <translation>Die Nummern der zitierten Quellen überspringen [%2]: [%1] ist die nächste zitierte Quelle; Neunummerieren schließt die Lücke.</translation>
    </message>
    <message>
        <source>“%1” is a range that runs backwards: it cites nothing.</source>
        <translation>„%1“ ist ein rückwärts laufender Bereich: Er zitiert nichts.</translation>
    </message>
    <message>
        <source>This code block is never closed: the rest of its part of the article reads as code, and markers there cite nothing.</source>
        <translation>Dieser Codeblock wird nie geschlossen: Der Rest dieses Teils des Artikels gilt als Code, und Marker darin zitieren nichts.</translation>
    </message>
    <message>
        <source>The article cites sources but has no references section: the list on line %1 needs a header line such as “References:” above it.</source>
        <translation>Der Artikel zitiert Quellen, hat aber keinen Quellenabschnitt: Über der Liste in Zeile %1 fehlt eine Überschrift wie „Quellen:“.</translation>
    </message>
    <message>
        <source>This address holds an invisible character (%1) that can make it read as another one.</source>
        <translation>Diese Adresse enthält ein unsichtbares Zeichen (%1), durch das sie sich wie eine andere lesen kann.</translation>
    </message>
    <message>
        <source>This line reads as entry [%1] of a list of sources outside the reference list. Only that list is read, so [%1] here is a marker that has no matching reference.</source>
        <translation>Diese Zeile liest sich als Eintrag [%1] einer Quellenliste außerhalb des Literaturverzeichnisses. Nur dieses wird gelesen, daher ist [%1] hier ein Verweis ohne passende Quelle.</translation>
    </message>
    <message>
        <source>[%1] has no matching reference; it reads as a year (as a case citation writes one), not a marker.</source>
        <translation>Zu [%1] gibt es keine passende Quelle; es liest sich als Jahreszahl (wie sie Urteilszitate schreiben), nicht als Verweis.</translation>
    </message>
    <message>
        <source>The marker “%1” is broken across lines and cannot be read; keep it on one line.</source>
        <translation>Der Verweis „%1“ ist über Zeilen umbrochen und nicht lesbar; halten Sie ihn auf einer Zeile.</translation>
    </message>
    <message>
        <source>The Markdown footnote “%1” is not read as a citation: write it as [%2], and its source in a list under a header such as “References:”.</source>
        <translation>Die Markdown-Fußnote „%1“ wird nicht als Verweis gelesen: Schreiben Sie sie als [%2] und ihre Quelle in eine Liste unter einer Überschrift wie „Quellen:“.</translation>
    </message>
    <message>
        <source>This line reads as entry [%1] of a list of sources outside the reference list; renumbering would rewrite its number as a marker&apos;s, so it refuses to run. Move the entry into the reference list.</source>
        <translation>Diese Zeile liest sich als Eintrag [%1] einer Quellenliste außerhalb des Literaturverzeichnisses; die Neunummerierung würde seine Nummer wie die eines Verweises ändern und wird deshalb nicht ausgeführt. Verschieben Sie den Eintrag in das Literaturverzeichnis.</translation>
    </message>
    <message>
        <source>%1 has no matching reference; it reads as a span of years, not a marker.</source>
        <translation>%1 hat keine passende Quelle; es liest sich als Zeitspanne in Jahren, nicht als Verweis.</translation>
    </message>
    <message>
        <source>This line contains bytes that are not valid UTF-8: Citewise opens the file read-only so that they are not lost. To edit the text, convert the file to UTF-8 in another program.</source>
        <translation>Diese Zeile enthält Bytes, die kein gültiges UTF-8 sind: Citewise öffnet die Datei schreibgeschützt, damit sie nicht verloren gehen. Um den Text zu bearbeiten, wandeln Sie die Datei in einem anderen Programm in UTF-8 um.</translation>
    </message>
    <message>
        <source>This line contains bytes that are not valid UTF-16: Citewise opens the file read-only so that they are not lost. To edit the text, repair the file in another program.</source>
        <translation>Diese Zeile enthält Bytes, die kein gültiges UTF-16 sind: Citewise öffnet die Datei schreibgeschützt, damit sie nicht verloren gehen. Um den Text zu bearbeiten, reparieren Sie die Datei in einem anderen Programm.</translation>
    </message>
    <message>
        <source>The article cites sources but has no references section: line %1 holds the header and its entries on one line, joined by &lt;br&gt;; put each entry on a line of its own.</source>
        <translation>Der Artikel zitiert Quellen, hat aber kein Quellenverzeichnis: Zeile %1 enthält die Überschrift und ihre Einträge in einer Zeile, durch &lt;br&gt; verbunden; schreiben Sie jeden Eintrag in eine eigene Zeile.</translation>
    </message>
    <message>
        <source>The address “%1” ends with an ellipsis: it looks cut short for show and likely leads elsewhere than the source. Write the whole address.</source>
        <translation>Die Adresse „%1“ endet mit Auslassungspunkten: Sie scheint zur Anzeige gekürzt und führt wahrscheinlich nicht zur Quelle. Schreiben Sie die ganze Adresse.</translation>
    </message>
    <message>
        <source>“%1” is written in full-width brackets, which are not read as a citation marker: write it as [%2].</source>
        <translation type="vanished">„%1“ steht in breiten Klammern, die nicht als Zitatmarke gelesen werden: Schreiben Sie [%2].</translation>
    </message>
    <message>
        <source>“%1” reads as a citation written as a superscript, which is not read as a marker: write it as [%2].</source>
        <translation type="vanished">„%1“ liest sich als hochgestellt geschriebenes Zitat, das nicht als Marke gelesen wird: Schreiben Sie [%2].</translation>
    </message>
    <message>
        <source>“%1” reads as a citation glued to the full stop (a superscript that lost its raise), which is not read as a marker: write it as %2.</source>
        <translation>„%1“ liest sich als am Punkt klebendes Zitat (eine Hochstellung, die verloren ging), das nicht als Marke gelesen wird: Schreiben Sie %2.</translation>
    </message>
    <message>
        <source>“%1” reads as a citation in parentheses, which is not read as a marker: write it as %2.</source>
        <translation>„%1“ liest sich als Zitat in runden Klammern, das nicht als Marke gelesen wird: Schreiben Sie %2.</translation>
    </message>
    <message>
        <source>The article cites sources but has no references section: “%1” above the list on line %2 is not read as a header; write “References:” there.</source>
        <translation>Der Artikel zitiert Quellen, hat aber keinen Quellenabschnitt: „%1“ über der Liste in Zeile %2 wird nicht als Überschrift gelesen; schreiben Sie dort „References:“.</translation>
    </message>
    <message>
        <source>No line under the references header reads as an entry: number each source as its markers cite it, “[1] https://…”, one to a line.</source>
        <translation>Keine Zeile unter der Quellenüberschrift liest sich als Eintrag: Nummerieren Sie jede Quelle so, wie ihre Marken sie zitieren, „[1] https://…“, eine pro Zeile.</translation>
    </message>
    <message>
        <source>The Markdown footnote “%1” is not read as a citation: write each source&apos;s marker as a number, [1], [2], …, and the sources in a list under a header such as “References:”.</source>
        <translation>Die Markdown-Fußnote „%1“ wird nicht als Quellenangabe gelesen: Schreiben Sie jede Quellenmarke als Zahl, [1], [2], …, und die Quellen in eine Liste unter einer Überschrift wie „Quellen:“.</translation>
    </message>
    <message>
        <source>Reference %1 is cited only as “%2” (line %3), which is not read as a citation marker.</source>
        <translation>Quelle %1 wird nur als „%2“ (Zeile %3) zitiert, was nicht als Quellenmarke gelesen wird.</translation>
    </message>
    <message>
        <source>The rows of a table under the references header are not read as entries: write each source as its markers cite it, “[1] https://…”, one to a line.</source>
        <translation>Die Zeilen einer Tabelle unter der Quellenüberschrift werden nicht als Einträge gelesen: Schreiben Sie jede Quelle so, wie ihre Marken sie zitieren, „[1] https://…“, eine pro Zeile.</translation>
    </message>
    <message>
        <source>“%1” reads as a citation written as a superscript, which is not read as a marker: write it as %2.</source>
        <translation>„%1“ liest sich als hochgestellt geschriebenes Zitat, das nicht als Marke gelesen wird: Schreiben Sie %2.</translation>
    </message>
    <message>
        <source>This line holds more than one entry: only the first is read, not those from here on. Put each entry on a line of its own.</source>
        <translation>Diese Zeile enthält mehr als einen Eintrag: Nur der erste wird gelesen, die ab hier nicht. Schreiben Sie jeden Eintrag in eine eigene Zeile.</translation>
    </message>
    <message>
        <source>No line under the references header reads as an entry: numbers in full-width brackets, “%1”, are not read; number each source as its markers cite it, “[1] https://…”, one to a line.</source>
        <translation>Keine Zeile unter der Quellenüberschrift liest sich als Eintrag: Nummern in breiten Klammern, „%1“, werden nicht gelesen; nummerieren Sie jede Quelle so, wie ihre Marken sie zitieren, „[1] https://…“, eine pro Zeile.</translation>
    </message>
    <message>
        <source>“%1” is not read as a citation: “%2” is no locator Citewise reads (such as p., ch., sec., fig. or Theorem). Write the marker as [%3] and the locator outside it.</source>
        <translation>„%1“ wird nicht als Verweis gelesen: „%2“ ist keine Stellenangabe, die Citewise liest (etwa S., Kap., Abschn., Abb. oder Theorem). Schreiben Sie den Verweis als [%3] und die Stellenangabe außerhalb davon.</translation>
    </message>
    <message>
        <source>“%1” reads as code, not as a citation marker: put the code in backticks, `%1`, or write a marker after a space.</source>
        <translation>„%1“ liest sich als Code, nicht als Verweis: Setzen Sie den Code in Backticks, `%1`, oder schreiben Sie einen Verweis nach einem Leerzeichen.</translation>
    </message>
    <message>
        <source>“%1” has a full stop after its number and is not read as a citation: write it as %2.</source>
        <translation>„%1“ hat einen Punkt nach der Nummer und wird nicht als Verweis gelesen: Schreiben Sie ihn als %2.</translation>
    </message>
    <message>
        <source>“%1” may give examples of values rather than cite sources, so it is not read as a citation. If it cites them, write the words before the marker: %2 [%3.</source>
        <translation>„%1“ nennt vielleicht Beispielwerte statt Quellen und wird daher nicht als Verweis gelesen. Wenn es Quellen nennt, schreiben Sie die Wörter vor den Verweis: %2 [%3.</translation>
    </message>
    <message>
        <source>“%1” may be a range of values rather than of sources, so it is not read as a citation. If it cites them, write the range with a dash: %2.</source>
        <translation>„%1“ ist vielleicht ein Wertebereich statt eines Quellenbereichs und wird daher nicht als Verweis gelesen. Wenn es Quellen nennt, schreiben Sie den Bereich mit Bindestrich: %2.</translation>
    </message>
    <message>
        <source>“%1” reads as a citation with words or letters no marker holds, which is not read as a marker: write it as %2, and the rest outside it.</source>
        <translation>„%1“ liest sich als Zitat mit Wörtern oder Buchstaben, die kein Marker enthält, und wird nicht als Marker gelesen: Schreiben Sie es als %2 und den Rest außerhalb davon.</translation>
    </message>
    <message>
        <source>The article cites sources but has no references section: line %1 holds the header and the first entry on one line; put the entry on a line of its own.</source>
        <translation>Der Artikel zitiert Quellen, hat aber keinen Quellenabschnitt: Zeile %1 enthält die Überschrift und den ersten Eintrag in einer Zeile; setzen Sie den Eintrag in eine eigene Zeile.</translation>
    </message>
    <message>
        <source>“%1” is written in full-width brackets, which are not read as a citation marker: write it as %2.</source>
        <translation>„%1“ steht in breiten Klammern, die nicht als Zitatmarke gelesen werden: Schreiben Sie %2.</translation>
    </message>
    <message>
        <source>This line reads as the rest of the address of reference %1, broken onto a line of its own: join it to the line above, or the address is read without it.</source>
        <translation>Diese Zeile liest sich als Rest der Adresse von Quelle %1, auf eine eigene Zeile umbrochen: Fügen Sie sie an die Zeile darüber an, sonst wird die Adresse ohne sie gelesen.</translation>
    </message>
    <message>
        <source>“%1” reads as a citation glued to the comma (a superscript that lost its raise), which is not read as a marker: write it as %2.</source>
        <translation>„%1“ liest sich als am Komma klebendes Zitat (eine Hochstellung, die verloren ging), das nicht als Marke gelesen wird: Schreiben Sie %2.</translation>
    </message>
    <message>
        <source>Reference number %1 is already used on line %2, for the same address: take one of the two out.</source>
        <translation>Die Quellennummer %1 wird bereits in Zeile %2 verwendet, für dieselbe Adresse: Entfernen Sie einen der beiden Einträge.</translation>
    </message>
    <message>
        <source>No line under the references header reads as an entry: numbers written as superscripts, “%1”, are not read; number each source as its markers cite it, “[1] https://…”, one to a line.</source>
        <translation>Keine Zeile unter der Quellenüberschrift liest sich als Eintrag: hochgestellte Nummern, „%1“, werden nicht gelesen; nummerieren Sie jede Quelle so, wie ihre Marken sie zitieren, „[1] https://…“, eine pro Zeile.</translation>
    </message>
    <message>
        <source>Citation [%1] links to %2, but reference %1 is %3: one of the two points at another source.</source>
        <translation>Der Verweis [%1] verlinkt auf %2, aber Quelle %1 ist %3: Einer der beiden zeigt auf eine andere Quelle.</translation>
    </message>
</context>
<context>
    <name>Citewise::DocumentGuard</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>No recovery copy of the unsaved changes could be written: %1</source>
        <translation>Von den ungespeicherten Änderungen konnte keine Wiederherstellungskopie geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen können nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to %1. Save to keep them.</source>
        <translation>Die ungespeicherten Änderungen an %1 wurden wiederhergestellt. Speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>%1 was changed by another program and cannot be reloaded: %2</source>
        <translation>%1 wurde von einem anderen Programm geändert und kann nicht neu geladen werden: %2</translation>
    </message>
    <message>
        <source>%1 was changed by another program and has been reloaded.</source>
        <translation>%1 wurde von einem anderen Programm geändert und neu geladen.</translation>
    </message>
    <message>
        <source>%1 was changed by another program: %2</source>
        <translation>%1 wurde von einem anderen Programm geändert: %2</translation>
    </message>
    <message>
        <source>Loaded the version of %1 on disk.</source>
        <translation>Die Fassung von %1 auf dem Datenträger wurde geladen.</translation>
    </message>
    <message>
        <source>Kept your version of %1; saving replaces the one on disk.</source>
        <translation>Ihre Fassung von %1 wurde behalten; beim Speichern ersetzt sie die auf dem Datenträger.</translation>
    </message>
    <message>
        <source>%1 is no longer on disk. Save to write it again.</source>
        <translation type="vanished">%1 ist nicht mehr auf dem Datenträger. Speichern Sie, um die Datei neu zu schreiben.</translation>
    </message>
    <message>
        <source>Cannot Revert Article</source>
        <translation>Artikel kann nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <source>“%1” could not be read again; your changes are kept.</source>
        <translation>„%1“ konnte nicht erneut gelesen werden; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Reverted %1 to the version on disk.</source>
        <translation>%1 wurde auf die Fassung auf dem Datenträger zurückgesetzt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” was deleted or moved by another program.&lt;/b&gt; The text is still open here: save it to write the file again (%2), or close it.</source>
        <translation>&lt;b&gt;„%1“ wurde von einem anderen Programm gelöscht oder verschoben.&lt;/b&gt; Der Text ist hier noch geöffnet: Speichern Sie ihn, um die Datei neu zu schreiben (%2), oder schließen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>Citewise::ExternalChangeDialog</name>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>Another program changed “%1” while it has unsaved changes here.
Keep your version (saving will replace theirs), or load theirs and lose your unsaved changes?</source>
        <translation>Ein anderes Programm hat „%1“ geändert, während es hier ungespeicherte Änderungen gibt.
Ihre Fassung behalten (Speichern ersetzt die andere) oder die andere laden und Ihre ungespeicherten Änderungen verlieren?</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>Version on disk</source>
        <translation>Fassung auf dem Datenträger</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Meine Fassung behalten</translation>
    </message>
    <message>
        <source>&amp;Load Theirs</source>
        <translation>&amp;Andere laden</translation>
    </message>
    <message>
        <source>Load the version on disk</source>
        <translation>Die Fassung auf dem Datenträger laden</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Compare the two versions</source>
        <translation>Die beiden Fassungen vergleichen</translation>
    </message>
    <message>
        <source>File Deleted or Moved</source>
        <translation type="vanished">Datei gelöscht oder verschoben</translation>
    </message>
    <message>
        <source>File deleted or moved</source>
        <translation type="vanished">Datei gelöscht oder verschoben</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved by another program.</source>
        <translation type="vanished">„%1“ wurde von einem anderen Programm gelöscht oder verschoben.</translation>
    </message>
    <message>
        <source>The text is still open here. Keep it open and save it to write the file again (%1), or close it.</source>
        <translation type="vanished">Der Text ist hier noch geöffnet. Lassen Sie ihn offen und speichern Sie ihn, um die Datei neu zu schreiben (%1), oder schließen Sie ihn.</translation>
    </message>
    <message>
        <source>&amp;Keep Open</source>
        <translation type="vanished">&amp;Offen lassen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="vanished">S&amp;chließen</translation>
    </message>
</context>
<context>
    <name>Citewise::FileWriter</name>
    <message>
        <source>permission denied (you are not allowed to change this file or its folder)</source>
        <translation>Zugriff verweigert (Sie dürfen diese Datei oder ihren Ordner nicht ändern)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk is read-only (read-only file system)</source>
        <translation>der Datenträger ist schreibgeschützt (schreibgeschütztes Dateisystem)</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>the file is too large for this disk</source>
        <translation>die Datei ist zu groß für diesen Datenträger</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>der Datenträger meldete einen Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2.</source>
        <translation>„%1“ kann nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>; the complete new text was saved in “%1”</source>
        <translation>; der vollständige neue Text wurde in „%1“ gespeichert</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine normale Datei</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist</source>
        <translation>der Ordner „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>“%1” is a link to “%2”, which does not exist.</source>
        <translation>„%1“ ist eine Verknüpfung auf „%2“, das nicht existiert.</translation>
    </message>
    <message>
        <source>“%1” does not exist. It may have been moved, renamed or deleted.</source>
        <translation>„%1“ existiert nicht. Die Datei wurde vielleicht verschoben, umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an article file.</source>
        <translation>„%1“ ist ein Ordner, keine Artikeldatei.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (it is a device, pipe or socket).</source>
        <translation>„%1“ ist keine normale Datei (sondern ein Gerät, eine Pipe oder ein Socket).</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the file is %2; Citewise opens files up to %3.</source>
        <translation>„%1“ kann nicht geöffnet werden: Die Datei ist %2 groß; Citewise öffnet Dateien bis %3.</translation>
    </message>
    <message>
        <source>You do not have permission to read “%1”.</source>
        <translation>Sie haben keine Berechtigung, „%1“ zu lesen.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” looks like a binary file (a program, image or archive), not a text article.</source>
        <translation>„%1“ scheint eine Binärdatei zu sein (ein Programm, Bild oder Archiv), kein Textartikel.</translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder</source>
        <translation>ein Teil des Pfads ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder</source>
        <translation>„%1“ ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>“%1” looks like UTF-16 text, but it has an odd number of bytes (a byte is missing, or one was added), so it cannot be read without changing it.</source>
        <translation>„%1“ sieht wie UTF-16-Text aus, hat aber eine ungerade Anzahl Bytes (ein Byte fehlt oder eines kam hinzu) und kann daher nicht gelesen werden, ohne ihn zu verändern.</translation>
    </message>
</context>
<context>
    <name>Citewise::FindReplaceBar</name>
    <message>
        <source>Find and replace</source>
        <translation>Suchen und Ersetzen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Find previous (Shift+Enter)</source>
        <translation>Vorheriges suchen (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Vorheriges suchen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Find next (Enter)</source>
        <translation>Nächstes suchen (Eingabe)</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Nächstes suchen</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Find status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Search wrapped</source>
        <translation>Suche am Anfang fortgesetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Match %1 of %2, search wrapped</source>
        <translation>Treffer %1 von %2, Suche am Anfang fortgesetzt</translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation>Treffer %1 von %2</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
</context>
<context>
    <name>Citewise::LinkCheckController</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>OK · %1 · %2</source>
        <translation>OK · %1 · %2</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>dauerhaft</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>vorübergehend</translation>
    </message>
    <message>
        <source>Redirected → %1 (%2, %3)</source>
        <translation>Weitergeleitet → %1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Timed out after %1 s</source>
        <translation>Keine Antwort nach %1 s</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Secure connection failed: %1</source>
        <translation>Sichere Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not checked: not an http or https link</source>
        <translation>Nicht geprüft: kein http- oder https-Link</translation>
    </message>
    <message>
        <source>Not checked: not a usable address</source>
        <translation>Nicht geprüft: keine verwendbare Adresse</translation>
    </message>
    <message>
        <source>Not checked: local or private address</source>
        <translation>Nicht geprüft: lokale oder private Adresse</translation>
    </message>
    <message>
        <source>Redirect loop or too many redirects</source>
        <translation type="vanished">Weiterleitungsschleife oder zu viele Weiterleitungen</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>Reference [%1] is broken: %2</source>
        <translation>Quelle [%1] ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Reference [%1] redirects to %2</source>
        <translation>Quelle [%1] leitet weiter zu %2</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) point to this computer or the local network:</source>
        <translation>
            <numerusform>%n Link zeigt auf diesen Computer oder das lokale Netzwerk:</numerusform>
            <numerusform>%n Links zeigen auf diesen Computer oder das lokale Netzwerk:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking them sends requests to devices and services that are not on the public internet. Check them anyway?</source>
        <translation>
            <numerusform>Beim Prüfen geht eine Anfrage an ein Gerät oder einen Dienst außerhalb des öffentlichen Internets. Trotzdem prüfen?</numerusform>
            <numerusform>Beim Prüfen gehen Anfragen an Geräte und Dienste, die nicht im öffentlichen Internet sind. Trotzdem prüfen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check Local Links?</source>
        <translation>
            <numerusform>Lokalen Link prüfen?</numerusform>
            <numerusform>Lokale Links prüfen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Check local links</source>
        <translation>Lokale Links prüfen</translation>
    </message>
    <message>
        <source>the link-check module is %1</source>
        <translation>Modul der Linkprüfung: %1</translation>
    </message>
    <message>
        <source>link checking is not part of this program</source>
        <translation>die Linkprüfung fehlt in diesem Programm</translation>
    </message>
    <message>
        <source>%1 at %2, redirected · %3</source>
        <translation>%1 unter %2, weitergeleitet · %3</translation>
    </message>
    <message>
        <source>Redirect (%1) without a target · %2</source>
        <translation>Weiterleitung (%1) ohne Ziel · %2</translation>
    </message>
    <message>
        <source>Not checked: too many requests (429), try again later</source>
        <translation>Nicht geprüft: zu viele Anfragen (429), später erneut versuchen</translation>
    </message>
    <message>
        <source>Reference [%1] could not be checked: its server answered “too many requests”; check it again later.</source>
        <translation>Quelle [%1] konnte nicht geprüft werden: Ihr Server antwortete „zu viele Anfragen“; prüfen Sie sie später erneut.</translation>
    </message>
    <message>
        <source>Redirect loop</source>
        <translation>Weiterleitungsschleife</translation>
    </message>
    <message>
        <source>Too many redirects (more than %1)</source>
        <translation>Zu viele Weiterleitungen (mehr als %1)</translation>
    </message>
</context>
<context>
    <name>Citewise::MainWindow</name>
    <message>
        <source>Articles (*.txt *.md);;All files (*)</source>
        <translation>Artikel (*.txt *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Citewise</source>
        <translation>Citewise</translation>
    </message>
    <message>
        <source>Reading view</source>
        <translation>Leseansicht</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation type="vanished">Hinweis auf Schreibschutz</translation>
    </message>
    <message>
        <source>Article text editor</source>
        <translation>Editor für den Artikeltext</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>Suchen und Ersetzen</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>It is a folder, not a file.</source>
        <translation>Das ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot Open Article</source>
        <translation>Artikel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Save Article As</source>
        <translation>Artikel speichern unter</translation>
    </message>
    <message>
        <source>Cannot Save Article</source>
        <translation>Artikel kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>“%1” could not be saved.</source>
        <translation>„%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes.
Do you want to save them before closing it?</source>
        <translation>„%1“ hat ungespeicherte Änderungen.
Möchten Sie sie vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>%1[*] — Citewise</source>
        <translation>%1[*] — Citewise</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 Use &lt;i&gt;Save As…&lt;/i&gt; to keep your own copy.</source>
        <translation type="vanished">&lt;b&gt;Schreibgeschützt.&lt;/b&gt; %1 Mit &lt;i&gt;Speichern unter …&lt;/i&gt; behalten Sie eine eigene Kopie.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Reference [%1] is missing from the list of references.</source>
        <translation>Quelle [%1] fehlt im Quellenverzeichnis.</translation>
    </message>
    <message>
        <source>Reference [%1] has no URL.</source>
        <translation>Quelle [%1] hat keine URL.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>Cannot Renumber Citations</source>
        <translation>Quellenangaben können nicht neu nummeriert werden</translation>
    </message>
    <message>
        <source>Citations are already numbered in order of first use.</source>
        <translation>Die Quellenangaben sind bereits in der Reihenfolge ihrer ersten Verwendung nummeriert.</translation>
    </message>
    <message numerus="yes">
        <source>Citations renumbered; %n unused reference(s) removed.</source>
        <translation>
            <numerusform>Quellenangaben neu nummeriert; %n unbenutzte Quelle entfernt.</numerusform>
            <numerusform>Quellenangaben neu nummeriert; %n unbenutzte Quellen entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Citations renumbered.</source>
        <translation>Quellenangaben neu nummeriert.</translation>
    </message>
    <message>
        <source>About Citewise</source>
        <translation>Über Citewise</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Citewise %1&lt;/h3&gt;&lt;p&gt;Read, edit and fact-check articles full of citations: follow each marker to its source, keep the references numbered in order and see every problem at a glance.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Citewise %1&lt;/h3&gt;&lt;p&gt;Artikel voller Quellenangaben lesen, bearbeiten und prüfen: jedem Verweis zu seiner Quelle folgen, die Quellen in der richtigen Reihenfolge nummerieren und jedes Problem auf einen Blick sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Check All &amp;Links</source>
        <translation>Alle &amp;Links prüfen</translation>
    </message>
    <message>
        <source>Check Links</source>
        <translation>Links prüfen</translation>
    </message>
    <message>
        <source>Check whether every reference&apos;s URL still answers</source>
        <translation>Prüfen, ob die URL jeder Quelle noch antwortet</translation>
    </message>
    <message>
        <source>Re-check All Li&amp;nks</source>
        <translation>Alle Links e&amp;rneut prüfen</translation>
    </message>
    <message>
        <source>Check every reference&apos;s URL again, ignoring earlier results</source>
        <translation>Die URL jeder Quelle erneut prüfen, ohne frühere Ergebnisse</translation>
    </message>
    <message>
        <source>Cancel Link Chec&amp;k</source>
        <translation>Linkprüfung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop the link check that is running</source>
        <translation>Die laufende Linkprüfung anhalten</translation>
    </message>
    <message>
        <source>Link check progress</source>
        <translation>Fortschritt der Linkprüfung</translation>
    </message>
    <message>
        <source>Links checked</source>
        <translation>Geprüfte Links</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop checking links</source>
        <translation>Linkprüfung anhalten</translation>
    </message>
    <message>
        <source>Cancel link check</source>
        <translation>Linkprüfung abbrechen</translation>
    </message>
    <message>
        <source>Links checked: %1 broken, %2 redirected.</source>
        <translation>Links geprüft: %1 nicht erreichbar, %2 weitergeleitet.</translation>
    </message>
    <message>
        <source>Link check stopped: %1 checked (%2 broken, %3 redirected), %4 not checked.</source>
        <translation>Linkprüfung abgebrochen: %1 geprüft (%2 nicht erreichbar, %3 weitergeleitet), %4 nicht geprüft.</translation>
    </message>
    <message>
        <source>Cannot Check Links</source>
        <translation>Links können nicht geprüft werden</translation>
    </message>
    <message>
        <source>Links cannot be checked: %1.

Reinstalling Citewise should restore link checking.</source>
        <translation>Links können nicht geprüft werden: %1.

Nach einer Neuinstallation von Citewise sollte die Linkprüfung wieder funktionieren.</translation>
    </message>
    <message>
        <source>No link was checked.</source>
        <translation>Es wurde kein Link geprüft.</translation>
    </message>
    <message>
        <source>Could not open %1: this system has no web browser or other program set up for it.</source>
        <translation>%1 konnte nicht geöffnet werden: Auf diesem System ist kein Webbrowser oder anderes Programm dafür eingerichtet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1</source>
        <translation type="vanished">&lt;b&gt;Schreibgeschützt.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>“%1” is open in this window.</source>
        <translation>„%1“ ist in diesem Fenster geöffnet.</translation>
    </message>
    <message>
        <source>“%1” is open in another Citewise window. Close it there first, or save under another name.</source>
        <translation>„%1“ ist in einem anderen Citewise-Fenster geöffnet. Schließen Sie es dort zuerst oder speichern Sie unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>“%1” is open read-only: choose a new name for a copy. %2</source>
        <translation>„%1“ ist schreibgeschützt geöffnet: Wählen Sie einen neuen Namen für eine Kopie. %2</translation>
    </message>
    <message>
        <source>Save a Copy of “%1”</source>
        <translation>Kopie von „%1“ speichern</translation>
    </message>
    <message>
        <source>Text size: %1%</source>
        <translation>Textgröße: %1 %</translation>
    </message>
    <message>
        <source>Reference&amp;s</source>
        <translation>Quelle&amp;n</translation>
    </message>
    <message>
        <source>C&amp;omments</source>
        <translation>&amp;Kommentare</translation>
    </message>
    <message>
        <source>Revert Article</source>
        <translation>Artikel zurücksetzen</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to “%1” and load it as it is on disk?</source>
        <translation>Die ungespeicherten Änderungen an „%1“ verwerfen und die Datei so laden, wie sie auf dem Datenträger ist?</translation>
    </message>
    <message>
        <source>The changes cannot be undone once discarded.</source>
        <translation>Verworfene Änderungen lassen sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>File notice</source>
        <translation>Hinweis zur Datei</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s) written as markers.</source>
        <translation>
            <numerusform>%n Zitat als Marke geschrieben.</numerusform>
            <numerusform>%n Zitate als Marken geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>No citation to write as a marker.</source>
        <translation>Kein Zitat als Marke zu schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>%n footnote(s) written as entries.</source>
        <translation>
            <numerusform>%n Fußnote als Eintrag geschrieben.</numerusform>
            <numerusform>%n Fußnoten als Einträge geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left as written: the Problems list names them.</source>
        <translation>
            <numerusform>%n blieb, wie es war: Die Liste der Probleme nennt es.</numerusform>
            <numerusform>%n blieben, wie sie waren: Die Liste der Probleme nennt sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry number(s) written as markers are.</source>
        <translation>
            <numerusform>%n Eintragsnummer wie Marken geschrieben.</numerusform>
            <numerusform>%n Eintragsnummern wie Marken geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Citewise::MainWindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new, empty article</source>
        <translation>Einen neuen, leeren Artikel beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open an article file</source>
        <translation>Eine Artikeldatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the article</source>
        <translation>Den Artikel speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save the article under a new name</source>
        <translation>Den Artikel unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close the article</source>
        <translation>Den Artikel schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Find text in the editor</source>
        <translation>Text im Editor suchen</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ersetzen …</translation>
    </message>
    <message>
        <source>Find and replace text in the editor</source>
        <translation>Text im Editor suchen und ersetzen</translation>
    </message>
    <message>
        <source>Go to &amp;Next Problem</source>
        <translation>Zum nächsten &amp;Problem</translation>
    </message>
    <message>
        <source>Move the cursor to the next problem in the text</source>
        <translation>Den Cursor zum nächsten Problem im Text bewegen</translation>
    </message>
    <message>
        <source>&amp;Renumber Citations</source>
        <translation>Quellenangaben &amp;neu nummerieren</translation>
    </message>
    <message>
        <source>Number citations in order of first use</source>
        <translation>Quellenangaben in der Reihenfolge ihrer ersten Verwendung nummerieren</translation>
    </message>
    <message>
        <source>Renumber</source>
        <translation>Neu nummerieren</translation>
    </message>
    <message>
        <source>Renumber and &amp;Drop Unused References</source>
        <translation>Neu nummerieren und unbenutzte Quellen &amp;entfernen</translation>
    </message>
    <message>
        <source>Renumber citations and remove references that are never cited</source>
        <translation>Quellenangaben neu nummerieren und nie zitierte Quellen entfernen</translation>
    </message>
    <message>
        <source>&amp;Add Reference…</source>
        <translation>Quelle &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Add an entry to the list of references</source>
        <translation>Einen Eintrag zum Quellenverzeichnis hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Reading View</source>
        <translation>&amp;Leseansicht</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <source>&amp;Tool Bar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;About Citewise</source>
        <translation>Ü&amp;ber Citewise</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Citations</source>
        <translation>&amp;Quellenangaben</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>&amp;Seitenleiste</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Next Pa&amp;ne</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Go to Pre&amp;vious Problem</source>
        <translation>Zum &amp;vorherigen Problem</translation>
    </message>
    <message>
        <source>Move the cursor to the previous problem in the text</source>
        <translation>Den Cursor zum vorherigen Problem im Text bewegen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Make the text of the reading view and the editor larger</source>
        <translation>Text der Leseansicht und des Editors vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Make the text of the reading view and the editor smaller</source>
        <translation>Text der Leseansicht und des Editors verkleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Show the text at its usual size</source>
        <translation>Text in der üblichen Größe zeigen</translation>
    </message>
    <message>
        <source>Add &amp;Comment…</source>
        <translation>&amp;Kommentar hinzufügen …</translation>
    </message>
    <message>
        <source>Add a reader&apos;s comment to the Comments section</source>
        <translation>Einen Leserkommentar zum Abschnitt „Kommentare“ hinzufügen</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern …</translation>
    </message>
    <message>
        <source>Save the article under a new name; the file open stays as it is</source>
        <translation>Den Artikel unter einem neuen Namen speichern; die geöffnete Datei bleibt, wie sie ist</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Discard the unsaved changes and load the file as it is on disk</source>
        <translation>Die ungespeicherten Änderungen verwerfen und die Datei so laden, wie sie auf dem Datenträger ist</translation>
    </message>
    <message>
        <source>&amp;Write Unread Citations as Markers</source>
        <translation>Nicht gelesene Zitate als &amp;Marken schreiben</translation>
    </message>
    <message>
        <source>Write citations in forms not read as markers (superscripts, full-width brackets, numbers after a full stop or in parentheses) as markers such as [1]</source>
        <translation type="vanished">Zitate in Formen, die nicht als Marken gelesen werden (hochgestellte Zahlen, breite Klammern, Zahlen nach einem Punkt oder in Klammern), als Marken wie [1] schreiben</translation>
    </message>
    <message>
        <source>Write citations in forms not read as markers (superscripts, full-width brackets, numbers after a full stop or in parentheses, Markdown footnotes) as markers such as [1]</source>
        <translation>Zitate in Formen, die nicht als Marken gelesen werden (hochgestellte Zahlen, breite Klammern, Zahlen nach einem Punkt oder in Klammern, Markdown-Fußnoten), als Marken wie [1] schreiben</translation>
    </message>
</context>
<context>
    <name>Citewise::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Line:Col</source>
        <translation>Zeile:Sp.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>Citewise::ProblemsPanel</name>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Problems list, %n problem(s)</source>
        <translation>
            <numerusform>Problemliste, %n Problem</numerusform>
            <numerusform>Problemliste, %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>Citewise::ReadOnlyBanner</name>
    <message>
        <source>Read-only notice</source>
        <translation>Hinweis auf Schreibschutz</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Schreibgeschützt.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>Schreibgeschützt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schreibgeschützt.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Citewise::ReadingView</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>[%1] has no matching reference</source>
        <translation>Zu [%1] gibt es keine Quelle</translation>
    </message>
    <message>
        <source>Reference %1 has no address</source>
        <translation>Quelle %1 hat keine Adresse</translation>
    </message>
    <message>
        <source>&lt;b&gt;[%1]&lt;/b&gt; No reference with this number: this marker is dangling.</source>
        <translation>&lt;b&gt;[%1]&lt;/b&gt; Keine Quelle mit dieser Nummer: Dieser Verweis führt ins Leere.</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>Keine Adresse</translation>
    </message>
    <message>
        <source>Link check: %1</source>
        <translation>Linkprüfung: %1</translation>
    </message>
    <message>
        <source>Link not checked</source>
        <translation>Link nicht geprüft</translation>
    </message>
    <message>
        <source>Nothing to read yet.
What is written in the editor shows here as you type.</source>
        <translation>Noch nichts zu lesen.
Was im Editor steht, erscheint hier, während Sie schreiben.</translation>
    </message>
</context>
<context>
    <name>Citewise::RecentFiles</name>
    <message>
        <source>Clear &amp;List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
</context>
<context>
    <name>Citewise::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Citewise did not close normally. The following unsaved changes were kept:</source>
        <translation>Citewise wurde nicht normal beendet. Die folgenden ungespeicherten Änderungen wurden aufbewahrt:</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Recover %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discard %1</source>
        <translation>%1 verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Decide later about %1</source>
        <translation>Später über %1 entscheiden</translation>
    </message>
    <message>
        <source>Keep the recovered text and ask again on the next start</source>
        <translation>Den wiederhergestellten Text behalten und beim nächsten Start erneut fragen</translation>
    </message>
    <message>
        <source>Discard Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>The unsaved changes to “%1” will be lost. Discard them?</source>
        <translation>Die ungespeicherten Änderungen an „%1“ gehen verloren. Verwerfen?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Decide later about all remaining entries</source>
        <translation>Über alle übrigen Einträge später entscheiden</translation>
    </message>
    <message>
        <source>Untitled document</source>
        <translation>Unbenanntes Dokument</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>In %1, saved %2</source>
        <translation>In %1, gesichert %2</translation>
    </message>
    <message>
        <source>The file is no longer there; recovering keeps the text until you save it.</source>
        <translation>Die Datei ist nicht mehr vorhanden; beim Wiederherstellen bleibt der Text erhalten, bis Sie ihn speichern.</translation>
    </message>
    <message>
        <source>The file was changed on disk after this copy was made (%1). Recovering replaces that version in the editor; it stays on disk until you save.</source>
        <translation>Die Datei wurde nach dieser Kopie auf dem Datenträger geändert (%1). Beim Wiederherstellen ersetzt die Kopie diese Fassung im Editor; auf dem Datenträger bleibt sie, bis Sie speichern.</translation>
    </message>
</context>
<context>
    <name>Citewise::RecoveryStore</name>
    <message>
        <source>Cannot create the recovery folder “%1”.</source>
        <translation>Der Wiederherstellungsordner „%1“ kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Citewise::ReferenceDialog</name>
    <message>
        <source>Reference</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Quellennummer</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Reference URL</source>
        <translation>URL der Quelle</translation>
    </message>
    <message>
        <source>Optional description</source>
        <translation>Optionale Beschreibung</translation>
    </message>
    <message>
        <source>Reference label</source>
        <translation>Bezeichnung der Quelle</translation>
    </message>
    <message>
        <source>Validation message</source>
        <translation>Prüfmeldung</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>Another reference already has number %1.</source>
        <translation>Eine andere Quelle hat bereits die Nummer %1.</translation>
    </message>
    <message>
        <source>Enter the address of the source.</source>
        <translation>Geben Sie die Adresse der Quelle ein.</translation>
    </message>
    <message>
        <source>The address must not contain spaces.</source>
        <translation>Die Adresse darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter a web address starting with http:// or https://.</source>
        <translation>Geben Sie eine Webadresse ein, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>Die Adresse hat keinen Hostnamen.</translation>
    </message>
</context>
<context>
    <name>Citewise::ReferencesModel</name>
    <message>
        <source>[%1] is cited but there is no reference with this number.</source>
        <translation>[%1] wird zitiert, aber es gibt keine Quelle mit dieser Nummer.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Unbenutzt</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>Invalid URL</source>
        <translation>Ungültige URL</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Ungültige Nummer</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Link check: %1</source>
        <translation>Linkprüfung: %1</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>(no reference)</source>
        <translation>(keine Quelle)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>Zitiert</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Link not checked yet</source>
        <translation>Link noch nicht geprüft</translation>
    </message>
</context>
<context>
    <name>Citewise::ReferencesPanel</name>
    <message>
        <source>References</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>References list</source>
        <translation>Quellenliste</translation>
    </message>
    <message>
        <source>No references yet.
Use Add to cite a source.</source>
        <translation>Noch keine Quellen.
Mit „Hinzufügen“ zitieren Sie eine Quelle.</translation>
    </message>
    <message>
        <source>No references</source>
        <translation>Keine Quellen</translation>
    </message>
    <message>
        <source>&amp;Add Reference…</source>
        <translation>Quelle &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit Reference…</source>
        <translation>Quelle &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove Reference</source>
        <translation>Quelle &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>URL &amp;kopieren</translation>
    </message>
    <message>
        <source>Add a reference at the end of the list</source>
        <translation>Eine Quelle am Ende der Liste hinzufügen</translation>
    </message>
    <message>
        <source>Change the selected reference&apos;s number, URL or label</source>
        <translation>Nummer, URL oder Bezeichnung der ausgewählten Quelle ändern</translation>
    </message>
    <message>
        <source>Remove the selected reference</source>
        <translation>Die ausgewählte Quelle entfernen</translation>
    </message>
    <message>
        <source>Reference actions</source>
        <translation>Quellenaktionen</translation>
    </message>
    <message>
        <source>Add Reference</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Add reference</source>
        <translation type="vanished">Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Edit Reference</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <source>Remove Reference</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Reference [%1] is cited %n time(s) in the text. Remove it anyway? The markers will point to nothing.</source>
        <translation>
            <numerusform>Quelle [%1] wird im Text %n-mal zitiert. Trotzdem entfernen? Die Verweise führen dann ins Leere.</numerusform>
            <numerusform>Quelle [%1] wird im Text %n-mal zitiert. Trotzdem entfernen? Die Verweise führen dann ins Leere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;Link</source>
        <translation>&amp;Link prüfen</translation>
    </message>
    <message>
        <source>Check whether the selected reference&apos;s URL still answers</source>
        <translation>Prüfen, ob die URL der gewählten Quelle noch antwortet</translation>
    </message>
    <message numerus="yes">
        <source>Reference [%1] is cited %n time(s) in the text. Give it the number %2 anyway? The markers citing [%1] will point to nothing (Renumber Citations changes markers and entries together).</source>
        <translation>
            <numerusform>Quelle [%1] wird im Text %n-mal zitiert. Trotzdem die Nummer %2 vergeben? Die Verweise auf [%1] führen dann ins Leere („Quellenangaben neu nummerieren“ ändert Verweise und Einträge gemeinsam).</numerusform>
            <numerusform>Quelle [%1] wird im Text %n-mal zitiert. Trotzdem die Nummer %2 vergeben? Die Verweise auf [%1] führen dann ins Leere („Quellenangaben neu nummerieren“ ändert Verweise und Einträge gemeinsam).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Citewise::Renumbering</name>
    <message>
        <source>The reference on line %1 has a number that is out of range; fix it before renumbering.</source>
        <translation>Die Quelle in Zeile %1 hat eine Nummer außerhalb des gültigen Bereichs; korrigieren Sie sie vor dem Neunummerieren.</translation>
    </message>
    <message>
        <source>Reference number %1 is used on line %2 and on line %3; markers citing it are ambiguous.</source>
        <translation>Die Quellennummer %1 steht in Zeile %2 und in Zeile %3; Verweise auf sie sind mehrdeutig.</translation>
    </message>
    <message>
        <source>The article has no references section to renumber against.</source>
        <translation>Der Artikel hat kein Quellenverzeichnis, nach dem neu nummeriert werden könnte.</translation>
    </message>
    <message>
        <source>The range on line %1, column %2 cannot be read; fix it before renumbering.</source>
        <translation type="vanished">Der Bereich in Zeile %1, Spalte %2 ist nicht lesbar; korrigieren Sie ihn vor dem Neunummerieren.</translation>
    </message>
    <message>
        <source>Markers and reference entries overlap; the article was left unchanged.</source>
        <translation>Verweise und Quelleneinträge überschneiden sich; der Artikel bleibt unverändert.</translation>
    </message>
    <message>
        <source>None of the lines under the references header reads as an entry; fix them before renumbering.</source>
        <translation>Keine Zeile unter der Überschrift des Quellenverzeichnisses ist als Eintrag lesbar; korrigieren Sie sie vor dem Neunummerieren.</translation>
    </message>
    <message>
        <source>Line %1 of the references looks like an entry but cannot be read; fix it before renumbering.</source>
        <translation>Zeile %1 des Quellenverzeichnisses sieht wie ein Eintrag aus, ist aber nicht lesbar; korrigieren Sie sie vor dem Neunummerieren.</translation>
    </message>
    <message>
        <source>The range on line %1, column %2 holds a number out of range; fix it before renumbering.</source>
        <translation>Der Bereich in Zeile %1, Spalte %2 enthält eine Nummer außerhalb des gültigen Bereichs; korrigieren Sie ihn vor dem Neunummerieren.</translation>
    </message>
    <message>
        <source>The range on line %1, column %2 runs backwards; fix it before renumbering.</source>
        <translation>Der Bereich in Zeile %1, Spalte %2 läuft rückwärts; korrigieren Sie ihn vor dem Neunummerieren.</translation>
    </message>
    <message>
        <source>The range on line %1, column %2 is too long to expand; fix it before renumbering.</source>
        <translation>Der Bereich in Zeile %1, Spalte %2 ist zu lang, um ihn aufzulösen; korrigieren Sie ihn vor dem Neunummerieren.</translation>
    </message>
    <message>
        <source>Line %1 reads as a reference entry outside the reference list; renumbering would change its number as a marker&apos;s. Fix the lists before renumbering.</source>
        <translation>Zeile %1 liest sich wie ein Quelleneintrag außerhalb der Quellenliste; die Neunummerierung würde seine Nummer wie die eines Verweises ändern. Korrigieren Sie die Listen vor dem Neunummerieren.</translation>
    </message>
    <message>
        <source>The marker %1 on line %2, column %3 cannot be read; fix it before renumbering.</source>
        <translation>Der Verweis %1 in Zeile %2, Spalte %3 ist nicht lesbar; korrigieren Sie ihn vor dem Neunummerieren.</translation>
    </message>
    <message>
        <source>Line %1 holds a marker in full-width brackets, which renumbering does not read; write it as [1] is written before renumbering.</source>
        <translation type="vanished">Zeile %1 enthält einen Verweis in Klammern voller Breite, die die Neunummerierung nicht liest; schreiben Sie ihn vor dem Neunummerieren wie [1].</translation>
    </message>
    <message>
        <source>Renumbered, the entries under “%1” would start without an address, and another header would head the reference list; the article was left unchanged. Fix the lists before renumbering.</source>
        <translation>Neu nummeriert begännen die Einträge unter „%1“ ohne Adresse, und eine andere Überschrift stünde über der Quellenliste; der Artikel wurde nicht geändert. Korrigieren Sie die Listen vor dem Neunummerieren.</translation>
    </message>
    <message>
        <source>Renumbered, the entries under “%1” would start without an address, and the list would no longer read as the references; the article was left unchanged. Give the list a header such as “References:”.</source>
        <translation>Neu nummeriert begännen die Einträge unter „%1“ ohne Adresse, und die Liste läse sich nicht mehr als Quellenliste; der Artikel wurde nicht geändert. Geben Sie der Liste eine Überschrift wie „Quellen:“.</translation>
    </message>
    <message>
        <source>Without the references never cited, the entries under “%1” would start without an address, and the list would no longer read as the references; the article was left unchanged. Renumber keeping them, or give the list a header such as “References:”.</source>
        <translation>Ohne die nie zitierten Quellen begännen die Einträge unter „%1“ ohne Adresse, und die Liste läse sich nicht mehr als Quellenliste; der Artikel wurde nicht geändert. Nummerieren Sie neu, ohne sie zu entfernen, oder geben Sie der Liste eine Überschrift wie „Quellen:“.</translation>
    </message>
    <message>
        <source>Line %1 of the reference list cites %2 in its own text, which renumbering would leave naming another source; move it to the body or write the source&apos;s name there before renumbering.</source>
        <translation>Zeile %1 der Quellenliste zitiert %2 in ihrem eigenen Text, der nach dem Neunummerieren eine andere Quelle nennen würde; verschieben Sie den Verweis in den Text oder schreiben Sie dort den Namen der Quelle, bevor Sie neu nummerieren.</translation>
    </message>
    <message>
        <source>Renumbered, a line between the entries would be read as part of another entry; the article was left unchanged. Fix the lines between the entries before renumbering.</source>
        <translation>Neu nummeriert würde eine Zeile zwischen den Einträgen als Teil eines anderen Eintrags gelesen; der Artikel wurde nicht geändert. Korrigieren Sie die Zeilen zwischen den Einträgen vor dem Neunummerieren.</translation>
    </message>
    <message>
        <source>The comment on line %1 cites %2, which renumbering would leave naming another source; write the source&apos;s name there before renumbering.</source>
        <translation>Der Kommentar in Zeile %1 zitiert %2, das nach dem Neunummerieren eine andere Quelle nennen würde; schreiben Sie dort den Namen der Quelle, bevor Sie neu nummerieren.</translation>
    </message>
    <message>
        <source>The title in the front matter cites %1, which renumbering would leave naming another source; take it out of the title before renumbering.</source>
        <translation>Der Titel im Vorspann zitiert %1, das nach dem Neunummerieren eine andere Quelle nennen würde; nehmen Sie den Verweis aus dem Titel, bevor Sie neu nummerieren.</translation>
    </message>
    <message>
        <source>Line %1 stands in a code block that no fence closes (line %2) and cites %3 there, which renumbering would leave naming another source; close the code block before renumbering.</source>
        <translation>Zeile %1 steht in einem Codeblock, den kein Zaun schließt (Zeile %2), und zitiert dort %3, das nach dem Neunummerieren eine andere Quelle nennen würde; schließen Sie den Codeblock, bevor Sie neu nummerieren.</translation>
    </message>
    <message>
        <source>Renumbering would move sources between the lists of sources on lines %1 and %2. Join the lists under one header before renumbering.</source>
        <translation>Das Neunummerieren würde Quellen zwischen den Quellenlisten in den Zeilen %1 und %2 verschieben. Fassen Sie die Listen unter einer Überschrift zusammen, bevor Sie neu nummerieren.</translation>
    </message>
    <message>
        <source>Line %1 reads as code indented as a block, and renumbering would change an index there as a marker&apos;s number; put the code between ``` fences before renumbering.</source>
        <translation type="vanished">Zeile %1 liest sich als eingerückter Codeblock, und das Neunummerieren würde einen Index darin wie die Nummer eines Verweises ändern; setzen Sie den Code vor dem Neunummerieren zwischen ```-Zäune.</translation>
    </message>
    <message>
        <source>Line %1 cites a source by a superscript number (“%2”), which renumbering does not read; write it as [%3] before renumbering.</source>
        <translation type="vanished">Zeile %1 zitiert eine Quelle mit einer hochgestellten Zahl („%2“), die das Neunummerieren nicht liest; schreiben Sie sie vor dem Neunummerieren als [%3].</translation>
    </message>
    <message>
        <source>Line %1 of the references holds an address but reads as no entry; renumbering would leave it where it is while the entries move. Put it on its entry&apos;s line, or indent it under the entry, before renumbering.</source>
        <translation>Zeile %1 des Quellenverzeichnisses enthält eine Adresse, ist aber kein Eintrag; beim Neunummerieren bliebe sie stehen, während die Einträge wandern. Setzen Sie sie vor dem Neunummerieren in die Zeile ihres Eintrags oder rücken Sie sie darunter ein.</translation>
    </message>
    <message>
        <source>Line %1 of the front matter cites %2, which renumbering would leave naming another source; take it out of the front matter before renumbering.</source>
        <translation>Zeile %1 des Vorspanns zitiert %2, das nach dem Neunummerieren eine andere Quelle nennen würde; nehmen Sie den Verweis vor dem Neunummerieren aus dem Vorspann.</translation>
    </message>
    <message>
        <source>Line %1 of the references reads as no entry; renumbering would leave it where it is while the entries move, under another entry. Put it on its entry&apos;s line, indent it under the entry, or take it out before renumbering.</source>
        <translation>Zeile %1 des Quellenverzeichnisses ist kein Eintrag; beim Neunummerieren bliebe sie stehen, während die Einträge wandern, und stünde unter einem anderen Eintrag. Setzen Sie sie vor dem Neunummerieren in die Zeile ihres Eintrags, rücken Sie sie darunter ein oder nehmen Sie sie heraus.</translation>
    </message>
    <message>
        <source>Renumbered, an entry or a line between the entries would be read as part of another entry; the article was left unchanged. Write the entries in one style, each with its address, before renumbering.</source>
        <translation>Neu nummeriert würde ein Eintrag oder eine Zeile zwischen den Einträgen als Teil eines anderen Eintrags gelesen; der Artikel wurde nicht geändert. Schreiben Sie die Einträge vor dem Neunummerieren in einer Form, jeden mit seiner Adresse.</translation>
    </message>
    <message>
        <source>Line %1 cites sources by numbers glued to a full stop (“%2”, column %3), which renumbering does not read; write them as %4 before renumbering.</source>
        <translation>Zeile %1 zitiert Quellen mit am Punkt klebenden Nummern („%2“, Spalte %3), die das Neunummerieren nicht liest; schreiben Sie sie vor dem Neunummerieren als %4.</translation>
    </message>
    <message>
        <source>Line %1 cites a source by a number glued to a full stop (“%2”, column %3), which renumbering does not read; write it as %4 before renumbering.</source>
        <translation>Zeile %1 zitiert eine Quelle mit einer am Punkt klebenden Nummer („%2“, Spalte %3), die das Neunummerieren nicht liest; schreiben Sie sie vor dem Neunummerieren als %4.</translation>
    </message>
    <message>
        <source>Line %1 cites sources by numbers in parentheses (“%2”, column %3), which renumbering does not read; write them as %4 before renumbering.</source>
        <translation>Zeile %1 zitiert Quellen mit Nummern in runden Klammern („%2“, Spalte %3), die das Neunummerieren nicht liest; schreiben Sie sie vor dem Neunummerieren als %4.</translation>
    </message>
    <message>
        <source>Line %1 cites a source by a number in parentheses (“%2”, column %3), which renumbering does not read; write it as %4 before renumbering.</source>
        <translation>Zeile %1 zitiert eine Quelle mit einer Nummer in runden Klammern („%2“, Spalte %3), die das Neunummerieren nicht liest; schreiben Sie sie vor dem Neunummerieren als %4.</translation>
    </message>
    <message>
        <source>Line %1 of the references reads as no entry and stands under reference %2, which is never cited: without that entry, the line would stand under another one. Put it on its entry&apos;s line, indent it under the entry, or take it out before renumbering.</source>
        <translation>Zeile %1 der Quellen ist kein Eintrag und steht unter Quelle %2, die nirgends zitiert wird: Ohne diesen Eintrag stünde die Zeile unter einem anderen. Schreiben Sie sie in die Zeile ihres Eintrags, rücken Sie sie darunter ein oder entfernen Sie sie vor dem Neunummerieren.</translation>
    </message>
    <message>
        <source>The references are grouped under headings (line %1); renumbering would move sources from one group to another. Take the headings out, or number the groups by hand.</source>
        <translation>Die Quellen sind unter Überschriften gruppiert (Zeile %1); neu nummeriert, würden Quellen von einer Gruppe in eine andere wandern. Entfernen Sie die Überschriften, oder nummerieren Sie die Gruppen von Hand.</translation>
    </message>
    <message>
        <source>Line %1 cites sources by superscript numbers (“%2”, column %3), which renumbering does not read; write them as %4 before renumbering.</source>
        <translation>Zeile %1 zitiert Quellen mit hochgestellten Zahlen („%2“, Spalte %3), die das Neunummerieren nicht liest; schreiben Sie sie vor dem Neunummerieren als %4.</translation>
    </message>
    <message>
        <source>Line %1 cites a source by a superscript number (“%2”, column %3), which renumbering does not read; write it as %4 before renumbering.</source>
        <translation>Zeile %1 zitiert eine Quelle mit einer hochgestellten Zahl („%2“, Spalte %3), die das Neunummerieren nicht liest; schreiben Sie sie vor dem Neunummerieren als %4.</translation>
    </message>
    <message>
        <source>Line %1 cites a source by a marker in full-width brackets (“%2”, column %3), which renumbering does not read; write it as [%4] before renumbering.</source>
        <translation>Zeile %1 zitiert eine Quelle mit einer Marke in Klammern voller Breite („%2“, Spalte %3), die das Neunummerieren nicht liest; schreiben Sie sie vor dem Neunummerieren als [%4].</translation>
    </message>
    <message>
        <source>Line %1 of the references holds more than one entry; put each entry on a line of its own before renumbering.</source>
        <translation>Zeile %1 der Quellen enthält mehr als einen Eintrag; schreiben Sie vor dem Neunummerieren jeden Eintrag in eine eigene Zeile.</translation>
    </message>
    <message>
        <source>Renumbered, the list of sources on line %1 would start without an address and no longer read as a list, and markers would cite other sources; the article was left unchanged. Start that list with an entry that has an address before renumbering.</source>
        <translation>Neu nummeriert, würde die Quellenliste in Zeile %1 ohne Adresse beginnen und nicht mehr als Liste gelesen, und Marker würden andere Quellen zitieren; der Artikel wurde nicht geändert. Beginnen Sie diese Liste mit einem Eintrag mit Adresse, bevor Sie neu nummerieren.</translation>
    </message>
    <message>
        <source>Line %1 cites sources in brackets with words or letters no marker holds (“%2”, column %3), which renumbering does not read; write %4 and the rest outside it before renumbering.</source>
        <translation>Zeile %1 zitiert Quellen in eckigen Klammern mit Wörtern oder Buchstaben, die kein Marker enthält („%2“, Spalte %3), die das Neunummerieren nicht liest; schreiben Sie vor dem Neunummerieren %4 und den Rest außerhalb davon.</translation>
    </message>
    <message>
        <source>Line %1 cites a source in brackets with words or letters no marker holds (“%2”, column %3), which renumbering does not read; write %4 and the rest outside it before renumbering.</source>
        <translation>Zeile %1 zitiert eine Quelle in eckigen Klammern mit Wörtern oder Buchstaben, die kein Marker enthält („%2“, Spalte %3), die das Neunummerieren nicht liest; schreiben Sie vor dem Neunummerieren %4 und den Rest außerhalb davon.</translation>
    </message>
    <message>
        <source>Line %1 reads as code indented as a block, and renumbering would change a number there as a marker&apos;s; put the code between ``` fences before renumbering.</source>
        <translation>Zeile %1 liest sich als eingerückter Codeblock, und das Neunummerieren würde eine Zahl darin wie die Nummer eines Verweises ändern; setzen Sie den Code vor dem Neunummerieren zwischen ```-Zäune.</translation>
    </message>
    <message>
        <source>Without the references never cited, an entry or the text after the list would be read as part of another entry; the article was left unchanged. Renumber keeping them, or write the entries in one style, each with its address.</source>
        <translation>Ohne die nie zitierten Verweise würde ein Eintrag oder der Text nach der Liste als Teil eines anderen Eintrags gelesen; der Artikel blieb unverändert. Nummerieren Sie neu, ohne sie zu entfernen, oder schreiben Sie die Einträge in einem Stil, jeden mit seiner Adresse.</translation>
    </message>
    <message>
        <source>Line %1 has a plain number that names no source now (“%2”, column %3) and would name one once renumbered; write it as %4 before renumbering, or take it out.</source>
        <translation>Zeile %1 enthält eine bloße Zahl, die jetzt keine Quelle nennt („%2“, Spalte %3), nach dem Neunummerieren aber eine nennen würde; schreiben Sie sie vor dem Neunummerieren als %4 oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Without the references never cited, the list under “%1” (line %2) would be left without entries; the article was left unchanged. Renumber keeping them, or take the list out.</source>
        <translation>Ohne die nie zitierten Verweise bliebe die Liste unter „%1“ (Zeile %2) ohne Einträge; der Artikel blieb unverändert. Nummerieren Sie neu, ohne sie zu entfernen, oder nehmen Sie die Liste heraus.</translation>
    </message>
    <message>
        <source>Renumbered, line %1 would read otherwise (a numbered line after the list as one more entry, or an entry as a marker), and markers would cite other sources; the article was left unchanged. Set the text after the list apart with a header of its own, or write that line otherwise, before renumbering.</source>
        <translation>Neu nummeriert würde Zeile %1 anders gelesen (eine nummerierte Zeile nach der Liste als weiterer Eintrag oder ein Eintrag als Verweis), und Verweise würden andere Quellen zitieren; der Artikel wurde nicht geändert. Setzen Sie den Text nach der Liste vor dem Neunummerieren mit einer eigenen Überschrift ab, oder schreiben Sie diese Zeile anders.</translation>
    </message>
    <message>
        <source>Line %1 cites sources by numbers glued to a comma (“%2”, column %3), which renumbering does not read; write them as %4 before renumbering.</source>
        <translation>Zeile %1 zitiert Quellen mit am Komma klebenden Nummern („%2“, Spalte %3), die das Neunummerieren nicht liest; schreiben Sie sie vor dem Neunummerieren als %4.</translation>
    </message>
    <message>
        <source>Line %1 cites a source by a number glued to a comma (“%2”, column %3), which renumbering does not read; write it as %4 before renumbering.</source>
        <translation>Zeile %1 zitiert eine Quelle mit einer am Komma klebenden Nummer („%2“, Spalte %3), die das Neunummerieren nicht liest; schreiben Sie sie vor dem Neunummerieren als %4.</translation>
    </message>
    <message>
        <source>Reference number %1 is used on line %2 and on line %3, for the same address; take one of the two out before renumbering.</source>
        <translation type="vanished">Die Quellennummer %1 wird in Zeile %2 und in Zeile %3 verwendet, für dieselbe Adresse; entfernen Sie vor dem Neunummerieren einen der beiden Einträge.</translation>
    </message>
</context>
<context>
    <name>Citewise::StatusCounts</name>
    <message>
        <source>Paragraph count</source>
        <translation>Anzahl der Absätze</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Anzahl der Wörter</translation>
    </message>
    <message>
        <source>Citation count</source>
        <translation>Anzahl der Quellenangaben</translation>
    </message>
    <message>
        <source>Reference count</source>
        <translation>Anzahl der Quellen</translation>
    </message>
    <message>
        <source>Problem count</source>
        <translation>Anzahl der Probleme</translation>
    </message>
    <message>
        <source>Show the list of problems</source>
        <translation>Die Liste der Probleme anzeigen</translation>
    </message>
    <message>
        <source>Paragraphs: %1</source>
        <translation>Absätze: %1</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>Wörter: %1</translation>
    </message>
    <message>
        <source>Citations: %1</source>
        <translation>Quellenangaben: %1</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
</context>
<context>
    <name>Citewise::UrlConfirmDialog</name>
    <message>
        <source>This is not a complete web address. Opening it may do something other than show a web page.</source>
        <translation>Das ist keine vollständige Webadresse. Beim Öffnen kann etwas anderes geschehen, als eine Webseite anzuzeigen.</translation>
    </message>
    <message>
        <source>This link does not lead to a web page: it uses &quot;%1:&quot;, which may run a program, open a local file or trigger an action.</source>
        <translation>Dieser Link führt nicht zu einer Webseite: Er verwendet „%1:“, womit ein Programm gestartet, eine lokale Datei geöffnet oder eine Aktion ausgelöst werden kann.</translation>
    </message>
    <message>
        <source>This link contains invisible or direction-changing characters (shown as &lt;U+…&gt;) that can disguise where it leads.</source>
        <translation>Dieser Link enthält unsichtbare oder richtungsändernde Zeichen (als &lt;U+…&gt; dargestellt), die verschleiern können, wohin er führt.</translation>
    </message>
    <message>
        <source>This link contains a user name before the host; the site it opens is the host shown above, not the name in front of the &quot;@&quot;.</source>
        <translation>Dieser Link enthält einen Benutzernamen vor dem Host; geöffnet wird der oben angezeigte Host, nicht der Name vor dem „@“.</translation>
    </message>
    <message>
        <source>The host uses non-Latin or accented letters and may imitate another site. Its real name is shown above.</source>
        <translation>Der Host verwendet nicht-lateinische Buchstaben oder Akzente und könnte eine andere Website nachahmen. Sein tatsächlicher Name wird oben angezeigt.</translation>
    </message>
    <message>
        <source>Open Link?</source>
        <translation>Link öffnen?</translation>
    </message>
    <message>
        <source>Confirm opening a link</source>
        <translation>Öffnen eines Links bestätigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open this link?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diesen Link öffnen?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Full address</source>
        <translation>Vollständige Adresse</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
</TS>
