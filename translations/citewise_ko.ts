<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Citewise::ArticleDocument</name>
    <message>
        <source>“%1” is a folder, not an article file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large (%2 MB). Citewise opens files up to 256 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large. Citewise opens files up to 256 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains bytes that are not valid UTF-8. It is opened read-only so that they are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains NUL bytes and may not be a text file. It is opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to change this file. Use Save As to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Citewise::ArticleRenderer</name>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Citewise::BodyEditor</name>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Citewise::CommentDialog</name>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the author or other editors know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Citewise::CommentsModel</name>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Citewise::CommentsPanel</name>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Citewise::FindReplaceBar</name>
    <message>
        <source>Find and replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search wrapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Citewise::MainWindow</name>
    <message>
        <source>Articles (*.txt *.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citewise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Article As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has unsaved changes.
Do you want to save them before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Citewise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 Use &lt;i&gt;Save As…&lt;/i&gt; to keep your own copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference [%1] is missing from the list of references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference [%1] has no URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Renumber Citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citations are already numbered in order of first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citations renumbered; %1 unused reference(s) removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citations renumbered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Citewise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Citewise %1&lt;/h3&gt;&lt;p&gt;Read, edit and fact-check articles full of citations: follow each marker to its source, keep the references numbered in order and see every problem at a glance.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Citewise::MainWindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and replace text in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Next &amp;Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the cursor to the next problem in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renumber Citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number citations in order of first use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber and &amp;Drop Unused References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber citations and remove references that are never cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entry to the list of references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reading View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tool Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Citewise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Citewise::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line:Col</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Citewise::ProblemsPanel</name>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Problems list, %n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Citewise::ReadingView</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] has no matching reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference %1 has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;[%1]&lt;/b&gt; No reference with this number: this marker is dangling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link check: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Citewise::RecentFiles</name>
    <message>
        <source>Clear &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Citewise::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citewise did not close normally. The following unsaved changes were kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the recovered text and ask again on the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved changes to “%1” will be lost. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later about all remaining entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, saved %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Citewise::RecoveryStore</name>
    <message>
        <source>Cannot create the recovery folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Citewise::ReferenceDialog</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another reference already has number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a web address starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Citewise::ReferencesModel</name>
    <message>
        <source>[%1] is cited but there is no reference with this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Citewise::ReferencesPanel</name>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No references yet.
Use Add to cite a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reference at the end of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected reference&apos;s number, URL or label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reference [%1] is cited %n time(s) in the text. Remove it anyway? The markers will point to nothing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Citewise::StatusCounts</name>
    <message>
        <source>Paragraph count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the list of problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Citewise::UrlConfirmDialog</name>
    <message>
        <source>This is not a complete web address. Opening it may do something other than show a web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link does not lead to a web page: it uses &quot;%1:&quot;, which may run a program, open a local file or trigger an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link contains invisible or direction-changing characters (shown as &lt;U+…&gt;) that can disguise where it leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link contains a user name before the host; the site it opens is the host shown above, not the name in front of the &quot;@&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host uses non-Latin or accented letters and may imitate another site. Its real name is shown above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm opening a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Open this link?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
