<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Citewise::FindReplaceBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Citewise::LinkCheckController</name>
    <message numerus="yes">
        <source>%n link(s) point to this computer or the local network:</source>
        <translation>
            <numerusform>%n link points to this computer or the local network:</numerusform>
            <numerusform>%n links point to this computer or the local network:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking them sends requests to devices and services that are not on the public internet. Check them anyway?</source>
        <translation>
            <numerusform>Checking it sends requests to a device or service that is not on the public internet. Check it anyway?</numerusform>
            <numerusform>Checking them sends requests to devices and services that are not on the public internet. Check them anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check Local Links?</source>
        <translation>
            <numerusform>Check Local Link?</numerusform>
            <numerusform>Check Local Links?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Citewise::MainWindow</name>
    <message numerus="yes">
        <source>Citations renumbered; %n unused reference(s) removed.</source>
        <translation>
            <numerusform>Citations renumbered; %n unused reference removed.</numerusform>
            <numerusform>Citations renumbered; %n unused references removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s) written as markers.</source>
        <translation>
            <numerusform>%n citation written as a marker.</numerusform>
            <numerusform>%n citations written as markers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n footnote(s) written as entries.</source>
        <translation>
            <numerusform>%n footnote written as an entry.</numerusform>
            <numerusform>%n footnotes written as entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left as written: the Problems list names them.</source>
        <translation>
            <numerusform>%n left as written: the Problems list names it.</numerusform>
            <numerusform>%n left as written: the Problems list names them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry number(s) written as markers are.</source>
        <translation>
            <numerusform>%n entry number written as markers are.</numerusform>
            <numerusform>%n entry numbers written as markers are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Citewise::ProblemsPanel</name>
    <message numerus="yes">
        <source>Problems list, %n problem(s)</source>
        <translation>
            <numerusform>Problems list, %n problem</numerusform>
            <numerusform>Problems list, %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Citewise::ReferencesPanel</name>
    <message numerus="yes">
        <source>Reference [%1] is cited %n time(s) in the text. Remove it anyway? The markers will point to nothing.</source>
        <translation>
            <numerusform>Reference [%1] is cited once in the text. Remove it anyway? Its marker will point to nothing.</numerusform>
            <numerusform>Reference [%1] is cited %n times in the text. Remove it anyway? The markers will point to nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reference [%1] is cited %n time(s) in the text. Give it the number %2 anyway? The markers citing [%1] will point to nothing (Renumber Citations changes markers and entries together).</source>
        <translation>
            <numerusform>Reference [%1] is cited once in the text. Give it the number %2 anyway? Its marker will point to nothing (Renumber Citations changes markers and entries together).</numerusform>
            <numerusform>Reference [%1] is cited %n times in the text. Give it the number %2 anyway? The markers citing [%1] will point to nothing (Renumber Citations changes markers and entries together).</numerusform>
        </translation>
    </message>
</context>
</TS>
