<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Alerts</name>
    <message>
        <source>TestOps export of group %1 failed: %2</source>
        <translation>TestOps export of group %1 failed: %2</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s); the next scheduled export tries again.</source>
        <translation>
            <numerusform>Tried %n time; the next scheduled export tries again.</numerusform>
            <numerusform>Tried %n times; the next scheduled export tries again.</numerusform>
        </translation>
    </message>
    <message>
        <source>TestOps export of group %1 works again</source>
        <translation>TestOps export of group %1 works again</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 test cases of group %3 were removed since its previous export</source>
        <translation>%1 of %2 test cases of group %3 were removed since its previous export</translation>
    </message>
    <message>
        <source>the last one was made %1 h ago</source>
        <translation>the last one was made %1 h ago</translation>
    </message>
    <message>
        <source>there has been none since the app started %1 h ago</source>
        <translation>there has been none since the app started %1 h ago</translation>
    </message>
    <message>
        <source>No good TestOps export of group %1 for longer than %2 h: %3</source>
        <translation>No good TestOps export of group %1 for longer than %2 h: %3</translation>
    </message>
    <message>
        <source>Open the change view</source>
        <translation>Open the change view</translation>
    </message>
    <message numerus="yes">
        <source>The verify of the exports found %n export(s) changed, missing or unrecorded</source>
        <translation>
            <numerusform>The verify of the exports found %n export changed, missing or unrecorded</numerusform>
            <numerusform>The verify of the exports found %n exports changed, missing or unrecorded</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy of %1 to S3 failed after its retries</source>
        <translation>The copy of %1 to S3 failed after its retries</translation>
    </message>
    <message>
        <source>The snapshot of %1 failed after its retries; its CSV exports go on</source>
        <translation>The snapshot of %1 failed after its retries; its CSV exports go on</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
</context>
<context>
    <name>ChangeCasesModel</name>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Fields that differ</translation>
    </message>
</context>
<context>
    <name>ChangeDetails</name>
    <message>
        <source>%1 has not been compared with the previous export</source>
        <translation>%1 has not been compared with the previous export</translation>
    </message>
    <message>
        <source>the kept changes of %1 are unreadable: %2</source>
        <translation>the kept changes of %1 are unreadable: %2</translation>
    </message>
    <message>
        <source>%1 changed since it was compared: at the place kept for test case %2 it holds %3</source>
        <translation>%1 changed since it was compared: at the place kept for test case %2 it holds %3</translation>
    </message>
    <message>
        <source>no test case</source>
        <translation>no test case</translation>
    </message>
    <message>
        <source>test case %1</source>
        <translation>test case %1</translation>
    </message>
    <message>
        <source>%1 is no longer the file that was compared (its SHA-256 differs from the one kept then): it was edited or replaced, so the cases&apos; places in it are not to be trusted</source>
        <translation>%1 is no longer the file that was compared (its SHA-256 differs from the one kept then): it was edited or replaced, so the cases&apos; places in it are not to be trusted</translation>
    </message>
    <message>
        <source>the SHA-256 of %1 as it was compared is not known (the file was not written by this app), so it cannot be proven unchanged</source>
        <translation>the SHA-256 of %1 as it was compared is not known (the file was not written by this app), so it cannot be proven unchanged</translation>
    </message>
</context>
<context>
    <name>ChangeViewDialog</name>
    <message>
        <source>Changes in %1</source>
        <translation>Changes in %1</translation>
    </message>
    <message>
        <source>%1 is the group&apos;s first export: there is nothing to compare it with.</source>
        <translation>%1 is the group&apos;s first export: there is nothing to compare it with.</translation>
    </message>
    <message>
        <source>%1 could not be compared with %2: %3</source>
        <translation>%1 could not be compared with %2: %3</translation>
    </message>
    <message>
        <source>%1 against %2: %3 added, %4 removed, %5 changed.</source>
        <translation>%1 against %2: %3 added, %4 removed, %5 changed.</translation>
    </message>
    <message>
        <source>The previous file was deleted, so old texts cannot be shown.</source>
        <translation>The previous file was deleted, so old texts cannot be shown.</translation>
    </message>
    <message>
        <source>Columns added: %1</source>
        <translation>Columns added: %1</translation>
    </message>
    <message>
        <source>Columns removed: %1</source>
        <translation>Columns removed: %1</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>All (%1)</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Added (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Removed (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Changed (%1)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Find by id or name</source>
        <translation>Find by id or name</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>&amp;Restore selected in TestOps…</source>
        <translation>&amp;Restore selected in TestOps…</translation>
    </message>
    <message>
        <source>Select removed or changed cases (added ones cannot be undone here).</source>
        <translation>Select removed or changed cases (added ones cannot be undone here).</translation>
    </message>
    <message>
        <source>Shows exactly what will be written to TestOps, then asks.</source>
        <translation>Shows exactly what will be written to TestOps, then asks.</translation>
    </message>
    <message>
        <source>No case was removed.</source>
        <translation>No case was removed.</translation>
    </message>
    <message>
        <source>Changes in %1, %2</source>
        <translation>Changes in %1, %2</translation>
    </message>
    <message>
        <source>Open in &amp;TestOps</source>
        <translation>Open in &amp;TestOps</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Compared &amp;with</source>
        <translation>Compared &amp;with</translation>
    </message>
    <message>
        <source>Save re&amp;port…</source>
        <translation>Save re&amp;port…</translation>
    </message>
    <message>
        <source>The list of changes as a CSV file or an HTML page (by the name&apos;s ending)</source>
        <translation>The list of changes as a CSV file or an HTML page (by the name&apos;s ending)</translation>
    </message>
    <message>
        <source>%1 (the previous export)</source>
        <translation>%1 (the previous export)</translation>
    </message>
    <message>
        <source>Comparing with the export of %1…</source>
        <translation>Comparing with the export of %1…</translation>
    </message>
    <message>
        <source>There is no comparison to save.</source>
        <translation>There is no comparison to save.</translation>
    </message>
    <message>
        <source>change</source>
        <translation>change</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Restore all re&amp;moved in TestOps…</source>
        <translation>Restore all re&amp;moved in TestOps…</translation>
    </message>
    <message>
        <source>Restoring works on the comparison with the previous export.</source>
        <translation>Restoring works on the comparison with the previous export.</translation>
    </message>
    <message>
        <source>Restore in TestOps</source>
        <translation>Restore in TestOps</translation>
    </message>
    <message>
        <source>HTML page (*.html);;CSV file (*.csv)</source>
        <translation>HTML page (*.html);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>field</source>
        <translation>field</translation>
    </message>
    <message>
        <source>before</source>
        <translation>before</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Fields: before → now</source>
        <translation>Fields: before → now</translation>
    </message>
    <message>
        <source>From the previous export&apos;s CSV: removed cases come back, changed fields are put back (no snapshot of that day holds these cases).</source>
        <translation>From the previous export&apos;s CSV: removed cases come back, changed fields are put back (no snapshot of that day holds these cases).</translation>
    </message>
    <message>
        <source>From snapshot %1 of that day: each case whole, with its steps, attachments and custom fields.</source>
        <translation>From snapshot %1 of that day: each case whole, with its steps, attachments and custom fields.</translation>
    </message>
    <message>
        <source>What will be written to TestOps to undo the changes between %1 and %2, from snapshot %3 of that day: each case whole (steps, attachments, custom fields). A changed case is saved as a version in TestOps first. Nothing is written until you press Write to TestOps.</source>
        <translation>What will be written to TestOps to undo the changes between %1 and %2, from snapshot %3 of that day: each case whole (steps, attachments, custom fields). A changed case is saved as a version in TestOps first. Nothing is written until you press Write to TestOps.</translation>
    </message>
</context>
<context>
    <name>Cleanup</name>
    <message>
        <source>attachments</source>
        <translation>attachments</translation>
    </message>
    <message>
        <source>scenarios</source>
        <translation>scenarios</translation>
    </message>
    <message>
        <source>fixtures</source>
        <translation>fixtures</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>broken</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 of %2 tests</source>
        <translation>%1 of %2 tests</translation>
    </message>
</context>
<context>
    <name>CleanupDialog</name>
    <message>
        <source>&amp;Complete the rule set…</source>
        <translation>&amp;Complete the rule set…</translation>
    </message>
    <message>
        <source>C&amp;hange the delay of the selected rule</source>
        <translation>C&amp;hange the delay of the selected rule</translation>
    </message>
    <message>
        <source>&amp;Delete the selected rule…</source>
        <translation>&amp;Delete the selected rule…</translation>
    </message>
    <message>
        <source>&amp;Run cleanup now</source>
        <translation>&amp;Run cleanup now</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Storage cleanup in TestOps</source>
        <translation>Storage cleanup in TestOps</translation>
    </message>
    <message>
        <source>TestOps deletes the attachments, scenarios and fixtures of closed launches by these rules: for each kind and test status, the earliest delay of a global rule and of the project&apos;s rule applies; a cell without a rule is never deleted.</source>
        <translation>TestOps deletes the attachments, scenarios and fixtures of closed launches by these rules: for each kind and test status, the earliest delay of a global rule and of the project&apos;s rule applies; a cell without a rule is never deleted.</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <source>Cleanup rules by artefact and test status</source>
        <translation>Cleanup rules by artefact and test status</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>D&amp;elay of new or changed rules:</source>
        <translation>D&amp;elay of new or changed rules:</translation>
    </message>
    <message>
        <source>Collect by project rules…</source>
        <translation>Collect by project rules…</translation>
    </message>
    <message>
        <source>Collect by global rules…</source>
        <translation>Collect by global rules…</translation>
    </message>
    <message>
        <source>Delete what was collected…</source>
        <translation>Delete what was collected…</translation>
    </message>
    <message>
        <source>What was created, changed or refused appears here.</source>
        <translation>What was created, changed or refused appears here.</translation>
    </message>
    <message>
        <source>%1 (project %2)</source>
        <translation>%1 (project %2)</translation>
    </message>
    <message>
        <source>Reading the rules from TestOps…</source>
        <translation>Reading the rules from TestOps…</translation>
    </message>
    <message>
        <source>The rules cannot be read: %1</source>
        <translation>The rules cannot be read: %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>%1 h · project</source>
        <translation>%1 h · project</translation>
    </message>
    <message>
        <source>%1 h · global</source>
        <translation>%1 h · global</translation>
    </message>
    <message>
        <source>Global rule: %1. Rule of the project: %2.</source>
        <translation>Global rule: %1. Rule of the project: %2.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The project has %1 rules for this cell.</source>
        <translation>The project has %1 rules for this cell.</translation>
    </message>
    <message>
        <source>No project is configured.</source>
        <translation>No project is configured.</translation>
    </message>
    <message>
        <source>The rules of this project cannot be read: %1</source>
        <translation>The rules of this project cannot be read: %1</translation>
    </message>
    <message>
        <source>The full rule set is in place: all 15 cells are covered.</source>
        <translation>The full rule set is in place: all 15 cells are covered.</translation>
    </message>
    <message>
        <source>%1 of 15 cells have no rule: those artefacts are never deleted.</source>
        <translation>%1 of 15 cells have no rule: those artefacts are never deleted.</translation>
    </message>
    <message>
        <source>Your TestOps user is not the owner of this project (permission project:configure): TestOps would refuse.</source>
        <translation>Your TestOps user is not the owner of this project (permission project:configure): TestOps would refuse.</translation>
    </message>
    <message>
        <source>Every cell has a rule already.</source>
        <translation>Every cell has a rule already.</translation>
    </message>
    <message>
        <source>Creates a rule of the project for each cell without one, after showing them.</source>
        <translation>Creates a rule of the project for each cell without one, after showing them.</translation>
    </message>
    <message>
        <source>Select a cell that has a rule of the project; global rules belong to the administrators.</source>
        <translation>Select a cell that has a rule of the project; global rules belong to the administrators.</translation>
    </message>
    <message>
        <source>Starts TestOps&apos; cleanup now instead of at 02:00 and 02:30, for the whole instance (administrators).</source>
        <translation>Starts TestOps&apos; cleanup now instead of at 02:00 and 02:30, for the whole instance (administrators).</translation>
    </message>
    <message>
        <source>The full rule set is in place: nothing to create.</source>
        <translation>The full rule set is in place: nothing to create.</translation>
    </message>
    <message>
        <source>Delete rule %1 of the project? Without a rule, those artefacts are no longer deleted (unless a global rule covers them).</source>
        <translation>Delete rule %1 of the project? Without a rule, those artefacts are no longer deleted (unless a global rule covers them).</translation>
    </message>
    <message>
        <source>TestOps&apos; cleanup runs by itself at 02:00 (collection) and 02:30 (deletion). Started now, it runs for the whole TestOps instance, not only this project, deletes artefacts for good and loads the blob storage; TestOps only lets administrators start it.

Start it now?</source>
        <translation>TestOps&apos; cleanup runs by itself at 02:00 (collection) and 02:30 (deletion). Started now, it runs for the whole TestOps instance, not only this project, deletes artefacts for good and loads the blob storage; TestOps only lets administrators start it.

Start it now?</translation>
    </message>
    <message>
        <source>What was written to TestOps.</source>
        <translation>What was written to TestOps.</translation>
    </message>
    <message>
        <source>Create these %1 rule(s) in project &quot;%2&quot;, deleting after %3 h? Nothing is written until you press Write to TestOps; the rules are read again first, so none is created twice.</source>
        <translation>Create these %1 rule(s) in project &quot;%2&quot;, deleting after %3 h? Nothing is written until you press Write to TestOps; the rules are read again first, so none is created twice.</translation>
    </message>
    <message>
        <source>Complete the rule set</source>
        <translation>Complete the rule set</translation>
    </message>
</context>
<context>
    <name>CleanupSession</name>
    <message>
        <source>TestOps refused (HTTP 403): %1</source>
        <translation>TestOps refused (HTTP 403): %1</translation>
    </message>
    <message>
        <source>TestOps refused (HTTP 403): global cleanup rules need the administrator role</source>
        <translation>TestOps refused (HTTP 403): global cleanup rules need the administrator role</translation>
    </message>
    <message>
        <source>TestOps refused (HTTP 403): a project&apos;s cleanup rules need the project owner role (permission project:configure)</source>
        <translation>TestOps refused (HTTP 403): a project&apos;s cleanup rules need the project owner role (permission project:configure)</translation>
    </message>
    <message>
        <source>the global rules cannot be read: %1</source>
        <translation>the global rules cannot be read: %1</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Project %1</translation>
    </message>
    <message>
        <source>project %1 is not in TestOps (HTTP 404)</source>
        <translation>project %1 is not in TestOps (HTTP 404)</translation>
    </message>
    <message>
        <source>global rule %1 (%2 h)</source>
        <translation>global rule %1 (%2 h)</translation>
    </message>
    <message>
        <source>a rule of the project (%1 h)</source>
        <translation>a rule of the project (%1 h)</translation>
    </message>
    <message>
        <source>a global rule (%1 h)</source>
        <translation>a global rule (%1 h)</translation>
    </message>
    <message>
        <source>project %1 is not configured</source>
        <translation>project %1 is not configured</translation>
    </message>
    <message>
        <source>TestOps accepted it, but it is not among the rules read again</source>
        <translation>TestOps accepted it, but it is not among the rules read again</translation>
    </message>
    <message>
        <source>rule %1 now deletes after %2 h</source>
        <translation>rule %1 now deletes after %2 h</translation>
    </message>
    <message>
        <source>rule %1 deleted</source>
        <translation>rule %1 deleted</translation>
    </message>
    <message>
        <source>the collection by project rules</source>
        <translation>the collection by project rules</translation>
    </message>
    <message>
        <source>the collection by global rules</source>
        <translation>the collection by global rules</translation>
    </message>
    <message>
        <source>the deletion of what was collected</source>
        <translation>the deletion of what was collected</translation>
    </message>
    <message>
        <source>TestOps started %1</source>
        <translation>TestOps started %1</translation>
    </message>
    <message>
        <source>%1 was not started: %2</source>
        <translation>%1 was not started: %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>project %1</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>P</source>
        <comment>project rule</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>G</source>
        <comment>global rule</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>The launch auto-close settings cannot be read; cleanup only touches closed launches.</source>
        <translation>The launch auto-close settings cannot be read; cleanup only touches closed launches.</translation>
    </message>
    <message>
        <source>Launches are not closed automatically: cleanup never touches a launch until someone closes it.</source>
        <translation>Launches are not closed automatically: cleanup never touches a launch until someone closes it.</translation>
    </message>
    <message>
        <source>Launches close %1 after they finish; cleanup only touches closed launches.</source>
        <translation>Launches close %1 after they finish; cleanup only touches closed launches.</translation>
    </message>
    <message>
        <source>Project %1 &quot;%2&quot;: %3 of %4 covered, %5 missing</source>
        <translation>Project %1 &quot;%2&quot;: %3 of %4 covered, %5 missing</translation>
    </message>
    <message>
        <source>  the project&apos;s rules cannot be read: %1</source>
        <translation>  the project&apos;s rules cannot be read: %1</translation>
    </message>
    <message>
        <source>  G: a global rule applies, P: the project&apos;s rule (the earliest delay wins), —: no rule, never deleted</source>
        <translation>  G: a global rule applies, P: the project&apos;s rule (the earliest delay wins), —: no rule, never deleted</translation>
    </message>
    <message>
        <source>CREATED  %1  %2 h  %3 (rule %4)</source>
        <translation>CREATED  %1  %2 h  %3 (rule %4)</translation>
    </message>
    <message>
        <source>EXISTS   %1  %2: already covered by %3</source>
        <translation>EXISTS   %1  %2: already covered by %3</translation>
    </message>
    <message>
        <source>REFUSED  %1  %2: %3</source>
        <translation>REFUSED  %1  %2: %3</translation>
    </message>
    <message>
        <source>WOULD CREATE  %1  %2 h  %3</source>
        <translation>WOULD CREATE  %1  %2 h  %3</translation>
    </message>
    <message>
        <source>the answer was lost; the rules read again have it (%1)</source>
        <translation>the answer was lost; the rules read again have it (%1)</translation>
    </message>
    <message>
        <source>not created: the answer was lost, and the rules read again do not have it</source>
        <translation>not created: the answer was lost, and the rules read again do not have it</translation>
    </message>
    <message>
        <source>not known whether it was created: the answer was lost, and the rules cannot be read again (%1)</source>
        <translation>not known whether it was created: the answer was lost, and the rules cannot be read again (%1)</translation>
    </message>
    <message>
        <source>not tried: TestOps refused the rule before it</source>
        <translation>not tried: TestOps refused the rule before it</translation>
    </message>
    <message>
        <source>CREATED  %1  %2 h  %3: %4</source>
        <translation>CREATED  %1  %2 h  %3: %4</translation>
    </message>
    <message>
        <source>NOT TRIED  %1  %2: %3</source>
        <translation>NOT TRIED  %1  %2: %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Create a rule: delete them %1 h after the launch closes</source>
        <translation>Create a rule: delete them %1 h after the launch closes</translation>
    </message>
    <message>
        <source>Created (rule %1)</source>
        <translation>Created (rule %1)</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Created: %1</translation>
    </message>
    <message>
        <source>Left alone: already covered by %1</source>
        <translation>Left alone: already covered by %1</translation>
    </message>
    <message>
        <source>Not tried: %1</source>
        <translation>Not tried: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>not tried: the rules cannot be read again (%1)</source>
        <translation>not tried: the rules cannot be read again (%1)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Exports the test cases of Allure TestOps tree groups to CSV files on a schedule.
Without options it starts the desktop app in the system tray.</source>
        <translation>Exports the test cases of Allure TestOps tree groups to CSV files on a schedule.
Without options it starts the desktop app in the system tray.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Run as a service without a window: schedule and web view; logs to stderr.</source>
        <translation>Run as a service without a window: schedule and web view; logs to stderr.</translation>
    </message>
    <message>
        <source>Export every group once and exit: 0 all succeeded, 1 some failed, 2 bad configuration.</source>
        <translation>Export every group once and exit: 0 all succeeded, 1 some failed, 2 bad configuration.</translation>
    </message>
    <message>
        <source>Check the configuration and the connection to TestOps, then exit.</source>
        <translation>Check the configuration and the connection to TestOps, then exit.</translation>
    </message>
    <message>
        <source>Read settings from FILE instead of the per-user settings file.</source>
        <translation>Read settings from FILE instead of the per-user settings file.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Override one setting, e.g. --set WEB_PORT=9191 (repeatable).</source>
        <translation>Override one setting, e.g. --set WEB_PORT=9191 (repeatable).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <source>List every setting with its default and meaning.</source>
        <translation>List every setting with its default and meaning.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unexpected argument: %1</translation>
    </message>
    <message>
        <source>--set wants NAME=VALUE, got &quot;%1&quot;</source>
        <translation>--set wants NAME=VALUE, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Settings (later sources win: defaults &lt; settings file &lt; .env &lt; environment &lt; --set):
</source>
        <translation>Settings (later sources win: defaults &lt; settings file &lt; .env &lt; environment &lt; --set):
</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Default: %1</translation>
    </message>
    <message>
        <source>none (required)</source>
        <translation>none (required)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Expected: %1</translation>
    </message>
    <message>
        <source>Show the TestOps storage cleanup rules of every configured project and exit: 0 the full set (3 targets x 5 statuses) is covered, 1 rules are missing, 3 TestOps cannot be read.</source>
        <translation>Show the TestOps storage cleanup rules of every configured project and exit: 0 the full set (3 targets x 5 statuses) is covered, 1 rules are missing, 3 TestOps cannot be read.</translation>
    </message>
    <message>
        <source>With --cleanup-rules: the delay of the rules to create, in hours (default 48).</source>
        <translation>With --cleanup-rules: the delay of the rules to create, in hours (default 48).</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>HOURS</translation>
    </message>
    <message>
        <source>With --cleanup-rules: create global rules (administrators) instead of rules of each project.</source>
        <translation>With --cleanup-rules: create global rules (administrators) instead of rules of each project.</translation>
    </message>
    <message>
        <source>With --cleanup-rules: only this configured project.</source>
        <translation>With --cleanup-rules: only this configured project.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--%1 goes with --cleanup-rules</source>
        <translation>--%1 goes with --cleanup-rules</translation>
    </message>
    <message>
        <source>--delay wants a positive whole number of hours up to %1, e.g. 48; got &quot;%2&quot;</source>
        <translation>--delay wants a positive whole number of hours up to %1, e.g. 48; got &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--project wants a project id (a positive number); got &quot;%1&quot;</source>
        <translation>--project wants a project id (a positive number); got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Undo in TestOps what changed in the export FILE since the previous one: restore removed test cases, put edited fields back. A dry run that prints the plan unless --apply; exit 0 done, 1 some case failed, 2 bad arguments, 3 TestOps cannot be read.</source>
        <translation>Undo in TestOps what changed in the export FILE since the previous one: restore removed test cases, put edited fields back. A dry run that prints the plan unless --apply; exit 0 done, 1 some case failed, 2 bad arguments, 3 TestOps cannot be read.</translation>
    </message>
    <message>
        <source>ID,…</source>
        <translation>ID,…</translation>
    </message>
    <message>
        <source>choose one of --cases, --removed and --changed</source>
        <translation>choose one of --cases, --removed and --changed</translation>
    </message>
    <message>
        <source>--cases wants test case ids (allure_id) separated by commas; &quot;%1&quot; is not one</source>
        <translation>--cases wants test case ids (allure_id) separated by commas; &quot;%1&quot; is not one</translation>
    </message>
    <message>
        <source>--cases wants at least one test case id</source>
        <translation>--cases wants at least one test case id</translation>
    </message>
    <message>
        <source>Read every export of the folder again and compare it with the SHA-256 the journal recorded, then exit: 0 all intact, 1 some changed, missing or unrecorded.</source>
        <translation>Read every export of the folder again and compare it with the SHA-256 the journal recorded, then exit: 0 all intact, 1 some changed, missing or unrecorded.</translation>
    </message>
    <message>
        <source>Take a snapshot of every group (or of the GROUPs named after it) now and exit: every test case whole, with steps and attachments. 0 all done, 1 a group failed, 3 TestOps cannot be read.</source>
        <translation>Take a snapshot of every group (or of the GROUPs named after it) now and exit: every test case whole, with steps and attachments. 0 all done, 1 a group failed, 3 TestOps cannot be read.</translation>
    </message>
    <message>
        <source>With --snapshot-now: read every case again, not only those with a new modification date.</source>
        <translation>With --snapshot-now: read every case again, not only those with a new modification date.</translation>
    </message>
    <message>
        <source>List the kept snapshots (of the GROUP named after it) and exit.</source>
        <translation>List the kept snapshots (of the GROUP named after it) and exit.</translation>
    </message>
    <message>
        <source>With --snapshots and --show-case: print JSON.</source>
        <translation>With --snapshots and --show-case: print JSON.</translation>
    </message>
    <message>
        <source>Show a test case as the newest snapshot (or --at) kept it: fields, steps, attachments.</source>
        <translation>Show a test case as the newest snapshot (or --at) kept it: fields, steps, attachments.</translation>
    </message>
    <message>
        <source>With --show-case: the snapshot (an id of --snapshots, or a date yyyy-MM-dd).</source>
        <translation>With --show-case: the snapshot (an id of --snapshots, or a date yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>SNAPSHOT</source>
        <translation>SNAPSHOT</translation>
    </message>
    <message>
        <source>Write the snapshot ID into the folder named after it as plain files (case.json and the attachments of each case).</source>
        <translation>Write the snapshot ID into the folder named after it as plain files (case.json and the attachments of each case).</translation>
    </message>
    <message>
        <source>--extract-snapshot wants an id and a folder: --extract-snapshot ID DIR</source>
        <translation>--extract-snapshot wants an id and a folder: --extract-snapshot ID DIR</translation>
    </message>
    <message>
        <source>--show-case wants a test case id; got &quot;%1&quot;</source>
        <translation>--show-case wants a test case id; got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1 goes with %2</source>
        <translation>--%1 goes with %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>With --verify: read the snapshots in the S3 bucket back too, every object downloaded and checked.</source>
        <translation>With --verify: read the snapshots in the S3 bucket back too, every object downloaded and checked.</translation>
    </message>
    <message>
        <source>Put test cases back in TestOps whole, as snapshot ID kept them: gone ones created again, soft-deleted ones restored, changed parts written back, each read back and compared. A dry run that prints the plan unless --apply is given.</source>
        <translation>Put test cases back in TestOps whole, as snapshot ID kept them: gone ones created again, soft-deleted ones restored, changed parts written back, each read back and compared. A dry run that prints the plan unless --apply is given.</translation>
    </message>
    <message>
        <source>--%1 goes with --restore or --restore-snapshot</source>
        <translation>--%1 goes with --restore or --restore-snapshot</translation>
    </message>
    <message>
        <source>--apply goes with --cleanup-rules, --restore or --restore-snapshot</source>
        <translation>--apply goes with --cleanup-rules, --restore or --restore-snapshot</translation>
    </message>
    <message>
        <source>Compare test case ID as two snapshots kept it (--from and --to: a snapshot&apos;s id or a date) and exit: 0 the same, 1 different, 2 not found.</source>
        <translation>Compare test case ID as two snapshots kept it (--from and --to: a snapshot&apos;s id or a date) and exit: 0 the same, 1 different, 2 not found.</translation>
    </message>
    <message>
        <source>With --diff-case: the earlier snapshot.</source>
        <translation>With --diff-case: the earlier snapshot.</translation>
    </message>
    <message>
        <source>With --diff-case: the later snapshot.</source>
        <translation>With --diff-case: the later snapshot.</translation>
    </message>
    <message>
        <source>--diff-case wants a test case id; got &quot;%1&quot;</source>
        <translation>--diff-case wants a test case id; got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--diff-case wants both --from SNAPSHOT and --to SNAPSHOT</source>
        <translation>--diff-case wants both --from SNAPSHOT and --to SNAPSHOT</translation>
    </message>
    <message>
        <source>choose one of --headless, --export-now, --check, --verify, --snapshot-now, --snapshots, --show-case, --diff-case, --extract-snapshot, --cleanup-rules, --restore and --restore-snapshot</source>
        <translation>choose one of --headless, --export-now, --check, --verify, --snapshot-now, --snapshots, --show-case, --diff-case, --extract-snapshot, --cleanup-rules, --restore and --restore-snapshot</translation>
    </message>
    <message>
        <source>With --restore-snapshot: create the test cases in project ID instead (its custom field values, workflows and layers matched by name).</source>
        <translation>With --restore-snapshot: create the test cases in project ID instead (its custom field values, workflows and layers matched by name).</translation>
    </message>
    <message>
        <source>--to-project wants a project id (a number above 0); &quot;%1&quot; is not one</source>
        <translation>--to-project wants a project id (a number above 0); &quot;%1&quot; is not one</translation>
    </message>
    <message>
        <source>With --restore-snapshot: also put back the test cases changed in TestOps after the newest snapshot (otherwise left alone as conflicts).</source>
        <translation>With --restore-snapshot: also put back the test cases changed in TestOps after the newest snapshot (otherwise left alone as conflicts).</translation>
    </message>
    <message>
        <source>With --restore-snapshot: the group whose snapshot ID names (when ID is a day, yyyy-MM-dd).</source>
        <translation>With --restore-snapshot: the group whose snapshot ID names (when ID is a day, yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROUP</translation>
    </message>
    <message>
        <source>With --cleanup-rules, --restore or --restore-snapshot: write to TestOps (without it, only say what it would write).</source>
        <translation>With --cleanup-rules, --restore or --restore-snapshot: write to TestOps (without it, only say what it would write).</translation>
    </message>
    <message>
        <source>With --restore or --restore-snapshot: only these test cases (allure_id).</source>
        <translation>With --restore or --restore-snapshot: only these test cases (allure_id).</translation>
    </message>
    <message>
        <source>With --restore or --restore-snapshot: only the removed test cases.</source>
        <translation>With --restore or --restore-snapshot: only the removed test cases.</translation>
    </message>
    <message>
        <source>With --restore or --restore-snapshot: only the changed test cases.</source>
        <translation>With --restore or --restore-snapshot: only the changed test cases.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>connection to %1: %2</source>
        <translation>connection to %1: %2</translation>
    </message>
    <message>
        <source>connected to %1; the token is accepted (user %2)</source>
        <translation>connected to %1; the token is accepted (user %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>project %1: %2</source>
        <translation>project %1: %2</translation>
    </message>
    <message>
        <source>project %1 (%2) is accessible</source>
        <translation>project %1 (%2) is accessible</translation>
    </message>
    <message>
        <source>group %1 (project %2, tree %3, group %4)</source>
        <translation>group %1 (project %2, tree %3, group %4)</translation>
    </message>
    <message>
        <source>%1 holds no test cases: is the group id still right?</source>
        <translation>%1 holds no test cases: is the group id still right?</translation>
    </message>
    <message>
        <source>%1 holds %2 test cases</source>
        <translation>%1 holds %2 test cases</translation>
    </message>
</context>
<context>
    <name>CronExpression</name>
    <message>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hour</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>day of month</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>day of week</translation>
    </message>
    <message>
        <source>%1 is outside %2-%3</source>
        <translation>%1 is outside %2-%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number%2</source>
        <translation>&quot;%1&quot; is not a number%2</translation>
    </message>
    <message>
        <source> or a name such as %1</source>
        <translation> or a name such as %1</translation>
    </message>
    <message>
        <source>empty item in &quot;%1&quot;</source>
        <translation>empty item in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; must be a whole number of at least 1</source>
        <translation>step &quot;%1&quot; must be a whole number of at least 1</translation>
    </message>
    <message>
        <source>range %1 runs backwards</source>
        <translation>range %1 runs backwards</translation>
    </message>
    <message>
        <source>unknown macro &quot;%1&quot;; known: @yearly, @monthly, @weekly, @daily, @hourly</source>
        <translation>unknown macro &quot;%1&quot;; known: @yearly, @monthly, @weekly, @daily, @hourly</translation>
    </message>
    <message>
        <source>five fields expected (minute hour day-of-month month day-of-week), found: %1</source>
        <translation>five fields expected (minute hour day-of-month month day-of-week), found: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the day of month never occurs in the chosen months</source>
        <translation>the day of month never occurs in the chosen months</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>reading failed: %1</source>
        <translation>reading failed: %1</translation>
    </message>
    <message>
        <source>a quoted cell opened on line %1 is not closed</source>
        <translation>a quoted cell opened on line %1 is not closed</translation>
    </message>
</context>
<context>
    <name>CsvRowCounter</name>
    <message>
        <source>it ends inside a quoted cell of row %1</source>
        <translation>it ends inside a quoted cell of row %1</translation>
    </message>
    <message>
        <source>its last row (%1) has %2 of the header&apos;s %3 cells</source>
        <translation>its last row (%1) has %2 of the header&apos;s %3 cells</translation>
    </message>
</context>
<context>
    <name>CsvTableModel</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>API token</source>
        <translation>API token</translation>
    </message>
    <message>
        <source>No keychain answered (%1), so the token is kept in %2, readable only by you.</source>
        <translation>No keychain answered (%1), so the token is kept in %2, readable only by you.</translation>
    </message>
    <message>
        <source>&amp;All settings…</source>
        <translation>&amp;All settings…</translation>
    </message>
    <message>
        <source>not connected to TestOps yet: Help → Welcome connects it in three steps, or File → Settings…</source>
        <translation>not connected to TestOps yet: Help → Welcome connects it in three steps, or File → Settings…</translation>
    </message>
    <message>
        <source>the settings need a look (File → Settings…): %1</source>
        <translation>the settings need a look (File → Settings…): %1</translation>
    </message>
</context>
<context>
    <name>DotEnv</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>expected KEY=VALUE, found &quot;%1&quot;</source>
        <translation>expected KEY=VALUE, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &quot;=&quot; after %1</source>
        <translation>expected &quot;=&quot; after %1</translation>
    </message>
    <message>
        <source>unexpected text after the quoted value of %1</source>
        <translation>unexpected text after the quoted value of %1</translation>
    </message>
    <message>
        <source>line %1: the value of %2 opens a quote (%3) that is never closed</source>
        <translation>line %1: the value of %2 opens a quote (%3) that is never closed</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportComparison</name>
    <message numerus="yes">
        <source>%n row(s) with a different number of cells than the header (the first on line %1)</source>
        <translation>
            <numerusform>%n row with a different number of cells than the header (the first on line %1)</numerusform>
            <numerusform>%n rows with a different number of cells than the header (the first on line %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat an allure_id of an earlier row</source>
        <translation>
            <numerusform>%n row repeats an allure_id of an earlier row</numerusform>
            <numerusform>%n rows repeat an allure_id of an earlier row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without an allure_id</source>
        <translation>
            <numerusform>%n row without an allure_id</numerusform>
            <numerusform>%n rows without an allure_id</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>cannot read the previous export %1: %2</source>
        <translation>cannot read the previous export %1: %2</translation>
    </message>
    <message>
        <source>no allure_id column to match test cases by</source>
        <translation>no allure_id column to match test cases by</translation>
    </message>
    <message>
        <source>%1 has no record at byte %2</source>
        <translation>%1 has no record at byte %2</translation>
    </message>
</context>
<context>
    <name>ExportFileStore</name>
    <message>
        <source>the export folder %1 cannot be created</source>
        <translation>the export folder %1 cannot be created</translation>
    </message>
    <message>
        <source>the export folder %1 is not writable: %2</source>
        <translation>the export folder %1 is not writable: %2</translation>
    </message>
</context>
<context>
    <name>ExportFront</name>
    <message>
        <source>No groups are configured</source>
        <translation>No groups are configured</translation>
    </message>
    <message>
        <source>Retry the failed groups now</source>
        <translation>Retry the failed groups now</translation>
    </message>
    <message>
        <source>An export is already running</source>
        <translation>An export is already running</translation>
    </message>
    <message>
        <source>the export service is not running</source>
        <translation>the export service is not running</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s)</source>
        <translation>
            <numerusform>%n test case</numerusform>
            <numerusform>%n test cases</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>comparing…</source>
        <translation>comparing…</translation>
    </message>
    <message>
        <source>first export</source>
        <translation>first export</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>not compared</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>no changes</translation>
    </message>
    <message>
        <source>no changes (identical to the previous export, not kept)</source>
        <translation>no changes (identical to the previous export, not kept)</translation>
    </message>
    <message>
        <source>Export started</source>
        <translation>Export started</translation>
    </message>
    <message>
        <source>Retrying the failed groups now</source>
        <translation>Retrying the failed groups now</translation>
    </message>
    <message>
        <source>Open Settings to connect to TestOps and choose the groups to export.</source>
        <translation>Open Settings to connect to TestOps and choose the groups to export.</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>exporting</translation>
    </message>
    <message>
        <source>attempt %1 of %2, %3 received</source>
        <translation>attempt %1 of %2, %3 received</translation>
    </message>
    <message>
        <source>waiting for its turn</source>
        <translation>waiting for its turn</translation>
    </message>
    <message>
        <source>not exported yet</source>
        <translation>not exported yet</translation>
    </message>
    <message>
        <source>OK, %1</source>
        <translation>OK, %1</translation>
    </message>
    <message>
        <source>%1 (warning: %2)</source>
        <translation>%1 (warning: %2)</translation>
    </message>
    <message>
        <source>failed, %1</source>
        <translation>failed, %1</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>uploaded</translation>
    </message>
    <message>
        <source>waiting to upload</source>
        <translation>waiting to upload</translation>
    </message>
    <message>
        <source>waiting to upload (%1)</source>
        <translation>waiting to upload (%1)</translation>
    </message>
    <message>
        <source>upload failed (%1)</source>
        <translation>upload failed (%1)</translation>
    </message>
    <message numerus="yes">
        <source>S3: %n export(s) waiting to upload</source>
        <translation>
            <numerusform>S3: %n export waiting to upload</numerusform>
            <numerusform>S3: %n exports waiting to upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>S3: %n upload(s) failed</source>
        <translation>
            <numerusform>S3: %n upload failed</numerusform>
            <numerusform>S3: %n uploads failed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is only in S3: download it into the export folder first</source>
        <translation>%1 is only in S3: download it into the export folder first</translation>
    </message>
    <message>
        <source>there is no export named %1 in %2</source>
        <translation>there is no export named %1 in %2</translation>
    </message>
    <message>
        <source>group %1 of %2 is not configured, so its project is unknown</source>
        <translation>group %1 of %2 is not configured, so its project is unknown</translation>
    </message>
    <message>
        <source>%1 is the first export of group %2: there is nothing to undo</source>
        <translation>%1 is the first export of group %2: there is nothing to undo</translation>
    </message>
    <message>
        <source>%1 was not compared with the previous export: %2</source>
        <translation>%1 was not compared with the previous export: %2</translation>
    </message>
    <message>
        <source>Sent to the replica that leads: it starts the export within seconds</source>
        <translation>Sent to the replica that leads: it starts the export within seconds</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the reason is no longer in the journal</source>
        <translation>the reason is no longer in the journal</translation>
    </message>
    <message>
        <source>Failed after %1 attempts: %2</source>
        <translation>Failed after %1 attempts: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>%1 is not an earlier export of the same group in the export folder</source>
        <translation>%1 is not an earlier export of the same group in the export folder</translation>
    </message>
    <message>
        <source>nothing can be restored from %1: %2</source>
        <translation>nothing can be restored from %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Failed %n time(s) in a row since %1: %2</source>
        <translation>
            <numerusform>Failed %n time in a row since %1: %2</numerusform>
            <numerusform>Failed %n times in a row since %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>these two exports are too large to compare (%1 together, at most %2)</source>
        <translation>these two exports are too large to compare (%1 together, at most %2)</translation>
    </message>
    <message>
        <source>%1 is not an export of the folder</source>
        <translation>%1 is not an export of the folder</translation>
    </message>
    <message>
        <source>%1 could not be deleted (is it open elsewhere, or the folder read-only?)</source>
        <translation>%1 could not be deleted (is it open elsewhere, or the folder read-only?)</translation>
    </message>
    <message>
        <source>retry %1</source>
        <translation>retry %1</translation>
    </message>
    <message>
        <source>goes at the next retention</source>
        <translation>goes at the next retention</translation>
    </message>
    <message>
        <source>newest of its group</source>
        <translation>newest of its group</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>weekly</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>yearly</translation>
    </message>
    <message>
        <source>%1 snapshot: %2</source>
        <translation>%1 snapshot: %2</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>the export folder %1 cannot be used: its lock file %2 cannot be opened (%3)</source>
        <translation>the export folder %1 cannot be used: its lock file %2 cannot be opened (%3)</translation>
    </message>
    <message>
        <source>LEADER_ELECTION is on, but there is no Kubernetes in-cluster configuration: %1</source>
        <translation>LEADER_ELECTION is on, but there is no Kubernetes in-cluster configuration: %1</translation>
    </message>
    <message>
        <source>the snapshots</source>
        <translation>the snapshots</translation>
    </message>
    <message>
        <source>another testops-export (process %1) already exports to %2</source>
        <translation>another testops-export (process %1) already exports to %2</translation>
    </message>
</context>
<context>
    <name>ExportSink</name>
    <message>
        <source>the disk of %1 is full (%2 free)</source>
        <translation>the disk of %1 is full (%2 free)</translation>
    </message>
</context>
<context>
    <name>ExportUploader</name>
    <message>
        <source>the export file %1 cannot be read</source>
        <translation>the export file %1 cannot be read</translation>
    </message>
    <message>
        <source>the uploaded copy cannot be checked: %1</source>
        <translation>the uploaded copy cannot be checked: %1</translation>
    </message>
    <message>
        <source>the copy in S3 holds %1 bytes, the file %2</source>
        <translation>the copy in S3 holds %1 bytes, the file %2</translation>
    </message>
    <message>
        <source>the copy in S3 is not the file (its ETag %1, the file&apos;s %2)</source>
        <translation>the copy in S3 is not the file (its ETag %1, the file&apos;s %2)</translation>
    </message>
</context>
<context>
    <name>ExportsModel</name>
    <message>
        <source>not in the journal</source>
        <translation>not in the journal</translation>
    </message>
    <message>
        <source>OK after %1 attempts</source>
        <translation>OK after %1 attempts</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>Test cases</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>The same test cases as in %1</source>
        <translation>The same test cases as in %1</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed since %4 (double-click for details)</source>
        <translation>%1 added, %2 removed, %3 changed since %4 (double-click for details)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>in S3 only (another replica or an earlier folder exported it)</source>
        <translation>in S3 only (another replica or an earlier folder exported it)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
</context>
<context>
    <name>GroupExport</name>
    <message>
        <source>creating the export failed: %1</source>
        <translation>creating the export failed: %1</translation>
    </message>
    <message>
        <source>the server did not say which export job it created</source>
        <translation>the server did not say which export job it created</translation>
    </message>
    <message>
        <source>TestOps did not prepare the export within %1 s (EXPORT_TIMEOUT)</source>
        <translation>TestOps did not prepare the export within %1 s (EXPORT_TIMEOUT)</translation>
    </message>
    <message>
        <source>checking the export failed: %1</source>
        <translation>checking the export failed: %1</translation>
    </message>
    <message>
        <source>TestOps could not prepare the export: %1</source>
        <translation>TestOps could not prepare the export: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>cannot create the export file in %1: %2</source>
        <translation>cannot create the export file in %1: %2</translation>
    </message>
    <message>
        <source>downloading the export failed: %1</source>
        <translation>downloading the export failed: %1</translation>
    </message>
    <message>
        <source>cannot write the export file in %1: %2</source>
        <translation>cannot write the export file in %1: %2</translation>
    </message>
    <message>
        <source>stopped before the export was complete</source>
        <translation>stopped before the export was complete</translation>
    </message>
    <message>
        <source>asking TestOps how many test cases the group holds failed: %1</source>
        <translation>asking TestOps how many test cases the group holds failed: %1</translation>
    </message>
    <message>
        <source>TestOps counted %1 test cases in the group, but the file has %2 rows</source>
        <translation>TestOps counted %1 test cases in the group, but the file has %2 rows</translation>
    </message>
    <message>
        <source>the export of group %1 (id %2) has no test cases: the group id may be stale after the tree was rebuilt; pick the group again with Browse… in Settings, or check its id in EXPORT_GROUPS</source>
        <translation>the export of group %1 (id %2) has no test cases: the group id may be stale after the tree was rebuilt; pick the group again with Browse… in Settings, or check its id in EXPORT_GROUPS</translation>
    </message>
    <message>
        <source>the downloaded export is cut short: %1; it was not kept</source>
        <translation>the downloaded export is cut short: %1; it was not kept</translation>
    </message>
</context>
<context>
    <name>GzipDecoder</name>
    <message>
        <source>the gzip decoder could not be set up</source>
        <translation>the gzip decoder could not be set up</translation>
    </message>
    <message>
        <source>the gzip decoder could not be reset</source>
        <translation>the gzip decoder could not be reset</translation>
    </message>
    <message>
        <source>the decoded bytes could not be kept</source>
        <translation>the decoded bytes could not be kept</translation>
    </message>
    <message>
        <source>the gzip stream is damaged (%1)</source>
        <translation>the gzip stream is damaged (%1)</translation>
    </message>
</context>
<context>
    <name>KubeClient</name>
    <message>
        <source>the Kubernetes API cannot be reached: %1</source>
        <translation>the Kubernetes API cannot be reached: %1</translation>
    </message>
    <message>
        <source>the Kubernetes API answered HTTP %1: %2</source>
        <translation>the Kubernetes API answered HTTP %1: %2</translation>
    </message>
    <message>
        <source>the Kubernetes API did not answer within %1 s</source>
        <translation>the Kubernetes API did not answer within %1 s</translation>
    </message>
</context>
<context>
    <name>LeaderElector</name>
    <message>
        <source>the lease was not renewed within %1 ms</source>
        <translation>the lease was not renewed within %1 ms</translation>
    </message>
    <message>
        <source>%1 holds the lease</source>
        <translation>%1 holds the lease</translation>
    </message>
    <message>
        <source>the replica stops</source>
        <translation>the replica stops</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TestOps Export</source>
        <translation>TestOps Export</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Run now</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Filter by text</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copy path</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Run export now</source>
        <translation>&amp;Run export now</translation>
    </message>
    <message>
        <source>Open export &amp;folder</source>
        <translation>Open export &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>%v of %m groups</source>
        <translation>%v of %m groups</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>No application is set up to open CSV files.</source>
        <translation>No application is set up to open CSV files.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Saved a copy to %1</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Path copied</source>
        <translation>Path copied</translation>
    </message>
    <message>
        <source>Delete export</source>
        <translation>Delete export</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>Delete %1? This cannot be undone.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Changes…</source>
        <translation>Changes…</translation>
    </message>
    <message>
        <source>Schedule: %1 (%2), paused · files in %3</source>
        <translation>Schedule: %1 (%2), paused · files in %3</translation>
    </message>
    <message>
        <source>Schedule: %1 (%2) · next export %3 · files in %4</source>
        <translation>Schedule: %1 (%2) · next export %3 · files in %4</translation>
    </message>
    <message>
        <source>Storage &amp;cleanup in TestOps…</source>
        <translation>Storage &amp;cleanup in TestOps…</translation>
    </message>
    <message>
        <source>See and complete the TestOps cleanup rules of the exported projects</source>
        <translation>See and complete the TestOps cleanup rules of the exported projects</translation>
    </message>
    <message>
        <source>Storage cleanup in TestOps</source>
        <translation>Storage cleanup in TestOps</translation>
    </message>
    <message>
        <source>Connect to TestOps in Settings first: the cleanup rules are read with the export&apos;s token.</source>
        <translation>Connect to TestOps in Settings first: the cleanup rules are read with the export&apos;s token.</translation>
    </message>
    <message>
        <source>Connect to TestOps in Settings first.</source>
        <translation>Connect to TestOps in Settings first.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Open se&amp;ttings</source>
        <translation>Open se&amp;ttings</translation>
    </message>
    <message>
        <source>The last export failed:</source>
        <translation>The last export failed:</translation>
    </message>
    <message>
        <source>no replica leads at the moment</source>
        <translation>no replica leads at the moment</translation>
    </message>
    <message>
        <source>exports run on %1 (leading since %2)</source>
        <translation>exports run on %1 (leading since %2)</translation>
    </message>
    <message>
        <source>Failed export of %1</source>
        <translation>Failed export of %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Pause schedule</source>
        <translation>&amp;Pause schedule</translation>
    </message>
    <message>
        <source>&amp;Welcome: connect to TestOps…</source>
        <translation>&amp;Welcome: connect to TestOps…</translation>
    </message>
    <message>
        <source>&amp;About TestOps Export</source>
        <translation>&amp;About TestOps Export</translation>
    </message>
    <message>
        <source>TestOps Export %1

Copies the test cases of your Allure TestOps groups into CSV files every day: a backup, a record for audits, something to diff.

The manual: man testops-export, or the README beside the program&apos;s sources. Its log: %2</source>
        <translation>TestOps Export %1

Copies the test cases of your Allure TestOps groups into CSV files every day: a backup, a record for audits, something to diff.

The manual: man testops-export, or the README beside the program&apos;s sources. Its log: %2</translation>
    </message>
    <message>
        <source>Resu&amp;me schedule</source>
        <translation>Resu&amp;me schedule</translation>
    </message>
    <message>
        <source>Delete %1 from the export folder? Its copy in S3 is kept.</source>
        <translation>Delete %1 from the export folder? Its copy in S3 is kept.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 of %n file</numerusform>
            <numerusform>%1 of %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Verify exports</source>
        <translation>&amp;Verify exports</translation>
    </message>
    <message>
        <source>Read every export again and compare it with the SHA-256 recorded when it was written</source>
        <translation>Read every export again and compare it with the SHA-256 recorded when it was written</translation>
    </message>
    <message>
        <source>Verifying the exports…</source>
        <translation>Verifying the exports…</translation>
    </message>
    <message>
        <source>There are no exports to verify yet.</source>
        <translation>There are no exports to verify yet.</translation>
    </message>
    <message numerus="yes">
        <source>All %n export(s) are as they were written.</source>
        <translation>
            <numerusform>The %n export is as it was written.</numerusform>
            <numerusform>All %n exports are as they were written.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 exports are not as they were written:</source>
        <translation>%1 of %2 exports are not as they were written:</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Take a &amp;snapshot now</source>
        <translation>Take a &amp;snapshot now</translation>
    </message>
    <message>
        <source>Keep every test case of every group whole now: steps, attachments, custom fields</source>
        <translation>Keep every test case of every group whole now: steps, attachments, custom fields</translation>
    </message>
    <message>
        <source>Taking a snapshot of every group…</source>
        <translation>Taking a snapshot of every group…</translation>
    </message>
    <message>
        <source>Snapshot &amp;browser…</source>
        <translation>Snapshot &amp;browser…</translation>
    </message>
    <message>
        <source>See any test case as a snapshot kept it, and what changed between two snapshots</source>
        <translation>See any test case as a snapshot kept it, and what changed between two snapshots</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Test case or rule</source>
        <translation>Test case or rule</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <source>Filter by id, name or what happens</source>
        <translation>Filter by id, name or what happens</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Pick a row to read all of it.</source>
        <translation>Pick a row to read all of it.</translation>
    </message>
    <message>
        <source>&amp;Write to TestOps</source>
        <translation>&amp;Write to TestOps</translation>
    </message>
    <message>
        <source>&amp;Save plan…</source>
        <translation>&amp;Save plan…</translation>
    </message>
    <message>
        <source>To write</source>
        <translation>To write</translation>
    </message>
    <message>
        <source>Left alone</source>
        <translation>Left alone</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>Not tried</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Save result…</source>
        <translation>&amp;Save result…</translation>
    </message>
    <message>
        <source>%1 to write</source>
        <translation>%1 to write</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 done</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <source>%1 not tried</source>
        <translation>%1 not tried</translation>
    </message>
    <message>
        <source>%1 left alone</source>
        <translation>%1 left alone</translation>
    </message>
    <message>
        <source>(%1 shown)</source>
        <translation>(%1 shown)</translation>
    </message>
    <message>
        <source>Save the result</source>
        <translation>Save the result</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Save the plan</translation>
    </message>
    <message>
        <source>testops-result.txt</source>
        <translation>testops-result.txt</translation>
    </message>
    <message>
        <source>testops-plan.txt</source>
        <translation>testops-plan.txt</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): %1</source>
        <translation>
            <numerusform>%Ln row: %1</numerusform>
            <numerusform>%Ln rows: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview of %1</source>
        <translation>Preview of %1</translation>
    </message>
    <message>
        <source>%1: %2 test cases, %3 columns.</source>
        <translation>%1: %2 test cases, %3 columns.</translation>
    </message>
    <message>
        <source>%1: the first %2 test cases, %3 columns; more are read as you scroll.</source>
        <translation>%1: the first %2 test cases, %3 columns; more are read as you scroll.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a different number of cells than the header.</source>
        <translation>
            <numerusform>%n row has a different number of cells than the header.</numerusform>
            <numerusform>%n rows have a different number of cells than the header.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Text in any cell; Enter finds the next</source>
        <translation>Text in any cell; Enter finds the next</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <source>No cell contains “%1”.</source>
        <translation>No cell contains “%1”.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Searching… test case %1</source>
        <translation>Searching… test case %1</translation>
    </message>
    <message>
        <source>Search stopped.</source>
        <translation>Search stopped.</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, row %2</translation>
    </message>
    <message>
        <source>%1 of test case %2</source>
        <translation>%1 of test case %2</translation>
    </message>
</context>
<context>
    <name>ProjectCatalogue</name>
    <message>
        <source>workflow %1 is not used in the target project: TestOps gives its default</source>
        <translation>workflow %1 is not used in the target project: TestOps gives its default</translation>
    </message>
    <message>
        <source>status %1 is not in the target project&apos;s workflow: TestOps gives its default</source>
        <translation>status %1 is not in the target project&apos;s workflow: TestOps gives its default</translation>
    </message>
    <message>
        <source>custom field %1: the target project has no value %2; left out</source>
        <translation>custom field %1: the target project has no value %2; left out</translation>
    </message>
    <message>
        <source>test layer %1 is not in TestOps any more: TestOps gives its default</source>
        <translation>test layer %1 is not in TestOps any more: TestOps gives its default</translation>
    </message>
</context>
<context>
    <name>ProjectsFile</name>
    <message>
        <source>{&quot;projects&quot;: [{&quot;project_id&quot;: 17, &quot;tree_id&quot;: 937, &quot;groups&quot;: [{&quot;group_id&quot;: 26961091, &quot;group_name&quot;: &quot;API&quot;}]}]}</source>
        <translation>{&quot;projects&quot;: [{&quot;project_id&quot;: 17, &quot;tree_id&quot;: 937, &quot;groups&quot;: [{&quot;group_id&quot;: 26961091, &quot;group_name&quot;: &quot;API&quot;}]}]}</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>the file cannot be read: %1</translation>
    </message>
    <message>
        <source>the file is %1 bytes long; a projects file is at most %2</source>
        <translation>the file is %1 bytes long; a projects file is at most %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation>%1: not valid JSON (%2)</translation>
    </message>
    <message>
        <source>$ is %1, not an object with &quot;projects&quot;</source>
        <translation>$ is %1, not an object with &quot;projects&quot;</translation>
    </message>
    <message>
        <source>$.projects is %1, not a list of projects</source>
        <translation>$.projects is %1, not a list of projects</translation>
    </message>
    <message>
        <source>%1 is %2, not an object</source>
        <translation>%1 is %2, not an object</translation>
    </message>
    <message>
        <source>%1.project_id is %2, not a positive whole number</source>
        <translation>%1.project_id is %2, not a positive whole number</translation>
    </message>
    <message>
        <source>%1.tree_id is %2, not a positive whole number</source>
        <translation>%1.tree_id is %2, not a positive whole number</translation>
    </message>
    <message>
        <source>%1.groups is %2, not a list of groups</source>
        <translation>%1.groups is %2, not a list of groups</translation>
    </message>
    <message>
        <source>%1.group_id is %2, not a positive whole number</source>
        <translation>%1.group_id is %2, not a positive whole number</translation>
    </message>
    <message>
        <source>%1.group_name is %2, not a name of letters, digits, &apos;-&apos; and &apos;_&apos; (at most 64, not starting with digits and &apos;_&apos;)</source>
        <translation>%1.group_name is %2, not a name of letters, digits, &apos;-&apos; and &apos;_&apos; (at most 64, not starting with digits and &apos;_&apos;)</translation>
    </message>
    <message>
        <source>%1.group_name &quot;%2&quot; is taken by %3 already: every group needs its own name</source>
        <translation>%1.group_name &quot;%2&quot; is taken by %3 already: every group needs its own name</translation>
    </message>
    <message>
        <source>no group is listed: $.projects holds no project with groups</source>
        <translation>no group is listed: $.projects holds no project with groups</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>no keychain is used</source>
        <translation>no keychain is used</translation>
    </message>
    <message>
        <source>no keychain answered</source>
        <translation>no keychain answered</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>KUBERNETES_SERVICE_HOST is not set: not running in a Kubernetes pod</source>
        <translation>KUBERNETES_SERVICE_HOST is not set: not running in a Kubernetes pod</translation>
    </message>
    <message>
        <source>the service account&apos;s token or CA is missing in %1</source>
        <translation>the service account&apos;s token or CA is missing in %1</translation>
    </message>
    <message>
        <source>KUBERNETES_SERVICE_HOST/_PORT do not make an address: %1:%2</source>
        <translation>KUBERNETES_SERVICE_HOST/_PORT do not make an address: %1:%2</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML page (*.html)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>ReadBack</name>
    <message>
        <source>test case %1 could not be read back: %2</source>
        <translation>test case %1 could not be read back: %2</translation>
    </message>
    <message>
        <source>the newest test cases could not be read back: %1</source>
        <translation>the newest test cases could not be read back: %1</translation>
    </message>
    <message>
        <source>its versions could not be read back: %1</source>
        <translation>its versions could not be read back: %1</translation>
    </message>
    <message>
        <source>its comments could not be read back: %1</source>
        <translation>its comments could not be read back: %1</translation>
    </message>
    <message>
        <source>the shared steps could not be read back: %1</source>
        <translation>the shared steps could not be read back: %1</translation>
    </message>
    <message>
        <source>%1 empty shared steps by this name were made since</source>
        <translation>%1 empty shared steps by this name were made since</translation>
    </message>
</context>
<context>
    <name>RestoreSession</name>
    <message>
        <source>scenario: not written back (the CSV renders the steps as text; TestOps keeps them as steps with attachments and expected results, and the text cannot be proven to round-trip)</source>
        <translation>scenario: not written back (the CSV renders the steps as text; TestOps keeps them as steps with attachments and expected results, and the text cannot be proven to round-trip)</translation>
    </message>
    <message>
        <source>status: not written back (the CSV holds the status&apos;s name; TestOps takes the id of a status of the project&apos;s workflow)</source>
        <translation>status: not written back (the CSV holds the status&apos;s name; TestOps takes the id of a status of the project&apos;s workflow)</translation>
    </message>
    <message>
        <source>%1: not written back (not a field this app can write faithfully from CSV)</source>
        <translation>%1: not written back (not a field this app can write faithfully from CSV)</translation>
    </message>
    <message>
        <source>the deleted test cases of project %1 cannot be read: %2</source>
        <translation>the deleted test cases of project %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>its allure_id &quot;%1&quot; is not a test case id</source>
        <translation>its allure_id &quot;%1&quot; is not a test case id</translation>
    </message>
    <message>
        <source>deleted in TestOps: restored with its id</source>
        <translation>deleted in TestOps: restored with its id</translation>
    </message>
    <message>
        <source>test case %1 cannot be read: %2</source>
        <translation>test case %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>still in TestOps and not deleted: it left the group (moved, or its fields no longer place it there); nothing to restore</source>
        <translation>still in TestOps and not deleted: it left the group (moved, or its fields no longer place it there); nothing to restore</translation>
    </message>
    <message>
        <source>gone from TestOps for good, and the previous export that held its fields is deleted</source>
        <translation>gone from TestOps for good, and the previous export that held its fields is deleted</translation>
    </message>
    <message>
        <source>gone from TestOps for good, and the previous export has no name for it</source>
        <translation>gone from TestOps for good, and the previous export has no name for it</translation>
    </message>
    <message>
        <source>gone from TestOps for good (deleted with force): created again from the previous export, with a new id; its place in the tree follows its fields</source>
        <translation>gone from TestOps for good (deleted with force): created again from the previous export, with a new id; its place in the tree follows its fields</translation>
    </message>
    <message>
        <source>no longer in TestOps (HTTP 404): nothing to put back</source>
        <translation>no longer in TestOps (HTTP 404): nothing to put back</translation>
    </message>
    <message>
        <source>the previous export that held the old values is deleted</source>
        <translation>the previous export that held the old values is deleted</translation>
    </message>
    <message>
        <source>changed again in TestOps since the export (%1): left alone</source>
        <translation>changed again in TestOps since the export (%1): left alone</translation>
    </message>
    <message>
        <source>none of its changed fields can be written back</source>
        <translation>none of its changed fields can be written back</translation>
    </message>
    <message>
        <source>Before testops-export put back the fields of %1</source>
        <translation>Before testops-export put back the fields of %1</translation>
    </message>
    <message>
        <source>no version was taken first: %1</source>
        <translation>no version was taken first: %1</translation>
    </message>
    <message>
        <source>TestOps refused (HTTP 403): writing test cases needs the project:write permission in project %1</source>
        <translation>TestOps refused (HTTP 403): writing test cases needs the project:write permission in project %1</translation>
    </message>
    <message>
        <source>TestOps refused (HTTP 403): %1</source>
        <translation>TestOps refused (HTTP 403): %1</translation>
    </message>
    <message>
        <source>not tried: TestOps refused case %1 before it</source>
        <translation>not tried: TestOps refused case %1 before it</translation>
    </message>
    <message>
        <source>RESTORE</source>
        <translation>RESTORE</translation>
    </message>
    <message>
        <source>CREATE</source>
        <translation>CREATE</translation>
    </message>
    <message>
        <source>PATCH</source>
        <translation>PATCH</translation>
    </message>
    <message>
        <source>CONFLICT</source>
        <translation>CONFLICT</translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation>SKIP</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; → &quot;%3&quot;</source>
        <translation>%1: &quot;%2&quot; → &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 in TestOps now: &quot;%2&quot;, in the export: &quot;%3&quot;</source>
        <translation>%1 in TestOps now: &quot;%2&quot;, in the export: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>RESTORED  %1</source>
        <translation>RESTORED  %1</translation>
    </message>
    <message>
        <source>CREATED   %1  as a new test case %2</source>
        <translation>CREATED   %1  as a new test case %2</translation>
    </message>
    <message>
        <source>PATCHED   %1  %2 put back</source>
        <translation>PATCHED   %1  %2 put back</translation>
    </message>
    <message>
        <source>FAILED    %1  %2</source>
        <translation>FAILED    %1  %2</translation>
    </message>
    <message>
        <source>NOT TRIED %1  %2</source>
        <translation>NOT TRIED %1  %2</translation>
    </message>
    <message>
        <source>CONFLICT  %1  %2</source>
        <translation>CONFLICT  %1  %2</translation>
    </message>
    <message>
        <source>SKIPPED   %1  %2</source>
        <translation>SKIPPED   %1  %2</translation>
    </message>
    <message>
        <source>TestOps holds the previous export&apos;s values already</source>
        <translation>TestOps holds the previous export&apos;s values already</translation>
    </message>
    <message>
        <source>nothing can be planned from %1: %2</source>
        <translation>nothing can be planned from %1: %2</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>nothing was written: %1</translation>
    </message>
    <message>
        <source>the answer to the version was lost; reading back found it saved</source>
        <translation>the answer to the version was lost; reading back found it saved</translation>
    </message>
    <message>
        <source>no version was taken first: its answer was lost, and TestOps lists none</source>
        <translation>no version was taken first: its answer was lost, and TestOps lists none</translation>
    </message>
    <message>
        <source>whether a version was taken first is not known: its answer was lost, and %1</source>
        <translation>whether a version was taken first is not known: its answer was lost, and %1</translation>
    </message>
    <message>
        <source>the answer was lost; reading TestOps back found the new test case %1, kept (not created twice)</source>
        <translation>the answer was lost; reading TestOps back found the new test case %1, kept (not created twice)</translation>
    </message>
    <message>
        <source>not created: the answer was lost, and TestOps has no new test case by this name; run the restore again</source>
        <translation>not created: the answer was lost, and TestOps has no new test case by this name; run the restore again</translation>
    </message>
    <message>
        <source>not known whether it was created: the answer was lost, and %1; look in TestOps before running the restore again</source>
        <translation>not known whether it was created: the answer was lost, and %1; look in TestOps before running the restore again</translation>
    </message>
    <message>
        <source>the answer was lost; reading the case back shows it done</source>
        <translation>the answer was lost; reading the case back shows it done</translation>
    </message>
    <message>
        <source>not known whether it was done: the answer was lost, and the case could not be read back (%1)</source>
        <translation>not known whether it was done: the answer was lost, and the case could not be read back (%1)</translation>
    </message>
    <message>
        <source>not done: the answer was lost, and the case read back is as it was</source>
        <translation>not done: the answer was lost, and the case read back is as it was</translation>
    </message>
    <message>
        <source>Restore it in TestOps, with its id</source>
        <translation>Restore it in TestOps, with its id</translation>
    </message>
    <message>
        <source>Create it again from the previous export, with a new id</source>
        <translation>Create it again from the previous export, with a new id</translation>
    </message>
    <message>
        <source>Put back %1 (the case is saved as a version in TestOps first)</source>
        <translation>Put back %1 (the case is saved as a version in TestOps first)</translation>
    </message>
    <message>
        <source>Leave it: %1</source>
        <translation>Leave it: %1</translation>
    </message>
    <message>
        <source>Restored, with its id</source>
        <translation>Restored, with its id</translation>
    </message>
    <message>
        <source>Created again as test case %1</source>
        <translation>Created again as test case %1</translation>
    </message>
    <message>
        <source>Put back: %1</source>
        <translation>Put back: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Not tried: %1</source>
        <translation>Not tried: %1</translation>
    </message>
    <message>
        <source>Left alone: %1</source>
        <translation>Left alone: %1</translation>
    </message>
    <message>
        <source>TestOps answered &quot;%1&quot;, but reading the case back shows it done</source>
        <translation>TestOps answered &quot;%1&quot;, but reading the case back shows it done</translation>
    </message>
    <message>
        <source>restored already by an earlier restore from this export: nothing to do</source>
        <translation>restored already by an earlier restore from this export: nothing to do</translation>
    </message>
</context>
<context>
    <name>S3Call</name>
    <message>
        <source>cannot write what S3 sends: %1</source>
        <translation>cannot write what S3 sends: %1</translation>
    </message>
    <message>
        <source>S3 sent the object encoded as &quot;%1&quot;, not as it is stored</source>
        <translation>S3 sent the object encoded as &quot;%1&quot;, not as it is stored</translation>
    </message>
</context>
<context>
    <name>S3Client</name>
    <message>
        <source>S3 answered HTTP %1</source>
        <translation>S3 answered HTTP %1</translation>
    </message>
    <message>
        <source>%1: %2 (HTTP %3)</source>
        <translation>%1: %2 (HTTP %3)</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>no message</translation>
    </message>
    <message>
        <source>S3 at %1 cannot be reached: %2</source>
        <translation>S3 at %1 cannot be reached: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>S3 started no multipart upload (its answer has no UploadId)</source>
        <translation>S3 started no multipart upload (its answer has no UploadId)</translation>
    </message>
    <message>
        <source>%1: %2 (completing the multipart upload)</source>
        <translation>%1: %2 (completing the multipart upload)</translation>
    </message>
    <message>
        <source>part %1 of %2: %3</source>
        <translation>part %1 of %2: %3</translation>
    </message>
    <message>
        <source>the upload was stopped</source>
        <translation>the upload was stopped</translation>
    </message>
    <message>
        <source>S3 at %1 did not answer within %2 s: the request timed out</source>
        <translation>S3 at %1 did not answer within %2 s: the request timed out</translation>
    </message>
    <message>
        <source>check S3_SECRET_KEY (the request was signed with another secret than the server&apos;s), and S3_REGION</source>
        <translation>check S3_SECRET_KEY (the request was signed with another secret than the server&apos;s), and S3_REGION</translation>
    </message>
    <message>
        <source>the server does not know S3_ACCESS_KEY</source>
        <translation>the server does not know S3_ACCESS_KEY</translation>
    </message>
    <message>
        <source>check S3_REGION: the server expects another region</source>
        <translation>check S3_REGION: the server expects another region</translation>
    </message>
    <message>
        <source>check S3_BUCKET, or create the bucket</source>
        <translation>check S3_BUCKET, or create the bucket</translation>
    </message>
    <message>
        <source>the key may not write to this bucket: grant it s3:PutObject, s3:GetObject, s3:DeleteObject and s3:ListBucket</source>
        <translation>the key may not write to this bucket: grant it s3:PutObject, s3:GetObject, s3:DeleteObject and s3:ListBucket</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is more than 15 minutes off: set it right (NTP)</source>
        <translation>this computer&apos;s clock is more than 15 minutes off: set it right (NTP)</translation>
    </message>
</context>
<context>
    <name>S3Relay</name>
    <message>
        <source>S3 storage is not configured</source>
        <translation>S3 storage is not configured</translation>
    </message>
</context>
<context>
    <name>S3SettingsPage</name>
    <message>
        <source>&amp;Keep a second copy of every export in an S3 bucket</source>
        <translation>&amp;Keep a second copy of every export in an S3 bucket</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Bucket</source>
        <translation>&amp;Bucket</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Endpoint</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>&amp;Access key</source>
        <translation>&amp;Access key</translation>
    </message>
    <message>
        <source>&amp;Secret key</source>
        <translation>&amp;Secret key</translation>
    </message>
    <message>
        <source>empty for AWS; https://storage.yandexcloud.net, http://minio:9000…</source>
        <translation>empty for AWS; https://storage.yandexcloud.net, http://minio:9000…</translation>
    </message>
    <message>
        <source>Fill in the bucket, the access key and the secret key first.</source>
        <translation>Fill in the bucket, the access key and the secret key first.</translation>
    </message>
    <message>
        <source>A probe file cannot be written: %1</source>
        <translation>A probe file cannot be written: %1</translation>
    </message>
    <message>
        <source>Writing a probe object to %1…</source>
        <translation>Writing a probe object to %1…</translation>
    </message>
    <message>
        <source>The bucket %1 cannot be written: %2</source>
        <translation>The bucket %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The probe object written to %1 did not read back as written.</source>
        <translation>The probe object written to %1 did not read back as written.</translation>
    </message>
    <message>
        <source>The bucket %1 takes exports, but the probe object cannot be deleted: %2 (retention needs to delete)</source>
        <translation>The bucket %1 takes exports, but the probe object cannot be deleted: %2 (retention needs to delete)</translation>
    </message>
    <message>
        <source>Connected: the bucket %1 takes exports (a probe object was written, checked and deleted).</source>
        <translation>Connected: the bucket %1 takes exports (a probe object was written, checked and deleted).</translation>
    </message>
</context>
<context>
    <name>SchedulePreset</name>
    <message>
        <source>every day at %1</source>
        <translation>every day at %1</translation>
    </message>
    <message>
        <source>on weekdays at %1</source>
        <translation>on weekdays at %1</translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>every hour</numerusform>
            <numerusform>every %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1: unknown setting %2 is ignored</source>
        <translation>%1: unknown setting %2 is ignored</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>the path of a settings file</source>
        <translation>the path of a settings file</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <source>a readable settings file</source>
        <translation>a readable settings file</translation>
    </message>
    <message>
        <source>the file is not in INI format</source>
        <translation>the file is not in INI format</translation>
    </message>
    <message>
        <source>NAME=value lines</source>
        <translation>NAME=value lines</translation>
    </message>
    <message>
        <source>%1 is not set: %2</source>
        <translation>%1 is not set: %2</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; (%3): %4</source>
        <translation>%1 = &quot;%2&quot; (%3): %4</translation>
    </message>
    <message>
        <source>Expected: %1.</source>
        <translation>Expected: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the configuration:</source>
        <translation>
            <numerusform>%n problem in the configuration:</numerusform>
            <numerusform>%n problems in the configuration:</numerusform>
        </translation>
    </message>
    <message>
        <source>it is required</source>
        <translation>it is required</translation>
    </message>
    <message>
        <source>%1 name only a group id, but TESTOPS_PROJECT_ID and TESTOPS_TREE_ID are not both set</source>
        <translation>%1 name only a group id, but TESTOPS_PROJECT_ID and TESTOPS_TREE_ID are not both set</translation>
    </message>
    <message>
        <source>Name=PROJECT_ID:TREE_ID:GROUP_ID, or set TESTOPS_PROJECT_ID and TESTOPS_TREE_ID</source>
        <translation>Name=PROJECT_ID:TREE_ID:GROUP_ID, or set TESTOPS_PROJECT_ID and TESTOPS_TREE_ID</translation>
    </message>
    <message>
        <source>TLS_INSECURE is on: the TestOps server&apos;s certificate is not verified</source>
        <translation>TLS_INSECURE is on: the TestOps server&apos;s certificate is not verified</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <source>%1 is outside %2-%3</source>
        <translation>%1 is outside %2-%3</translation>
    </message>
    <message>
        <source>not a yes/no value</source>
        <translation>not a yes/no value</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration</source>
        <translation>&quot;%1&quot; is not a duration</translation>
    </message>
    <message>
        <source>%1 is too short</source>
        <translation>%1 is too short</translation>
    </message>
    <message>
        <source>no value was given</source>
        <translation>no value was given</translation>
    </message>
    <message>
        <source>not an http:// or https:// address</source>
        <translation>not an http:// or https:// address</translation>
    </message>
    <message>
        <source>the address must not have a query or fragment</source>
        <translation>the address must not have a query or fragment</translation>
    </message>
    <message>
        <source>the token contains white space</source>
        <translation>the token contains white space</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>unknown time zone &quot;%1&quot;</translation>
    </message>
    <message>
        <source>at most 20 retries</source>
        <translation>at most 20 retries</translation>
    </message>
    <message>
        <source>not an IP address</source>
        <translation>not an IP address</translation>
    </message>
    <message>
        <source>shorter than 8 characters</source>
        <translation>shorter than 8 characters</translation>
    </message>
    <message>
        <source>no readable file at this path</source>
        <translation>no readable file at this path</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KIND:ID=Header</source>
        <translation>&quot;%1&quot; is not KIND:ID=Header</translation>
    </message>
    <message>
        <source>Address of the TestOps server</source>
        <translation>Address of the TestOps server</translation>
    </message>
    <message>
        <source>an http:// or https:// address such as https://testops.example.com</source>
        <translation>an http:// or https:// address such as https://testops.example.com</translation>
    </message>
    <message>
        <source>Personal API token of TestOps (Profile → API tokens)</source>
        <translation>Personal API token of TestOps (Profile → API tokens)</translation>
    </message>
    <message>
        <source>the API token created in your TestOps profile</source>
        <translation>the API token created in your TestOps profile</translation>
    </message>
    <message>
        <source>Project of groups that name only a group id</source>
        <translation>Project of groups that name only a group id</translation>
    </message>
    <message>
        <source>a project id (a positive whole number), or nothing</source>
        <translation>a project id (a positive whole number), or nothing</translation>
    </message>
    <message>
        <source>Tree of groups that name only a group id</source>
        <translation>Tree of groups that name only a group id</translation>
    </message>
    <message>
        <source>a tree id (a positive whole number), or nothing</source>
        <translation>a tree id (a positive whole number), or nothing</translation>
    </message>
    <message>
        <source>Tree groups to export, each to its own file</source>
        <translation>Tree groups to export, each to its own file</translation>
    </message>
    <message>
        <source>Name=GROUP_ID or Name=PROJECT_ID:TREE_ID:GROUP_ID, comma-separated, e.g. API=26961091,UI=24545654; names unique, of letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>Name=GROUP_ID or Name=PROJECT_ID:TREE_ID:GROUP_ID, comma-separated, e.g. API=26961091,UI=24545654; names unique, of letters, digits, &apos;-&apos; and &apos;_&apos;</translation>
    </message>
    <message>
        <source>Columns added to the standard ones: custom fields, roles, issue integrations</source>
        <translation>Columns added to the standard ones: custom fields, roles, issue integrations</translation>
    </message>
    <message>
        <source>KIND:ID=Header, comma-separated, KIND one of custom_field, role, issue_integration, e.g. custom_field:12=Priority</source>
        <translation>KIND:ID=Header, comma-separated, KIND one of custom_field, role, issue_integration, e.g. custom_field:12=Priority</translation>
    </message>
    <message>
        <source>Folder the CSV files are written to</source>
        <translation>Folder the CSV files are written to</translation>
    </message>
    <message>
        <source>a folder path</source>
        <translation>a folder path</translation>
    </message>
    <message>
        <source>When exports run (cron: minute hour day-of-month month day-of-week)</source>
        <translation>When exports run (cron: minute hour day-of-month month day-of-week)</translation>
    </message>
    <message>
        <source>a 5-field cron expression such as &quot;0 7 * * *&quot;, or @daily, @hourly, …</source>
        <translation>a 5-field cron expression such as &quot;0 7 * * *&quot;, or @daily, @hourly, …</translation>
    </message>
    <message>
        <source>Time zone the schedule is read in</source>
        <translation>Time zone the schedule is read in</translation>
    </message>
    <message>
        <source>an IANA time zone such as UTC or Europe/Moscow</source>
        <translation>an IANA time zone such as UTC or Europe/Moscow</translation>
    </message>
    <message>
        <source>Run once at start when a scheduled time passed while the app was not running</source>
        <translation>Run once at start when a scheduled time passed while the app was not running</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>Delays before each retry of a failed group; their number is the number of retries</source>
        <translation>Delays before each retry of a failed group; their number is the number of retries</translation>
    </message>
    <message>
        <source>durations with s, m or h, comma-separated, e.g. 5m,10m,15m; empty for no retries</source>
        <translation>durations with s, m or h, comma-separated, e.g. 5m,10m,15m; empty for no retries</translation>
    </message>
    <message>
        <source>Delete own exports older than this many days (0 keeps everything)</source>
        <translation>Delete own exports older than this many days (0 keeps everything)</translation>
    </message>
    <message>
        <source>a whole number of days from 0 to 36500</source>
        <translation>a whole number of days from 0 to 36500</translation>
    </message>
    <message>
        <source>How long to wait for TestOps to prepare one export</source>
        <translation>How long to wait for TestOps to prepare one export</translation>
    </message>
    <message>
        <source>a duration of at least 10s, e.g. 10m</source>
        <translation>a duration of at least 10s, e.g. 10m</translation>
    </message>
    <message>
        <source>An attempt ends when the server sends nothing for this long</source>
        <translation>An attempt ends when the server sends nothing for this long</translation>
    </message>
    <message>
        <source>a duration of at least 1s, e.g. 60s</source>
        <translation>a duration of at least 1s, e.g. 60s</translation>
    </message>
    <message>
        <source>An attempt ends when the server cannot be reached within this time</source>
        <translation>An attempt ends when the server cannot be reached within this time</translation>
    </message>
    <message>
        <source>a duration of at least 1s, e.g. 30s</source>
        <translation>a duration of at least 1s, e.g. 30s</translation>
    </message>
    <message>
        <source>How many groups export at the same time</source>
        <translation>How many groups export at the same time</translation>
    </message>
    <message>
        <source>1 or 2</source>
        <translation>1 or 2</translation>
    </message>
    <message>
        <source>Extra certificate authority (PEM file) trusted for the TestOps server</source>
        <translation>Extra certificate authority (PEM file) trusted for the TestOps server</translation>
    </message>
    <message>
        <source>the path of a readable PEM file, or nothing</source>
        <translation>the path of a readable PEM file, or nothing</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s TLS certificate (unsafe; logged on every cycle)</source>
        <translation>Do not verify the server&apos;s TLS certificate (unsafe; logged on every cycle)</translation>
    </message>
    <message>
        <source>Serve the web view</source>
        <translation>Serve the web view</translation>
    </message>
    <message>
        <source>Address the web view listens on (0.0.0.0 shares it on the LAN)</source>
        <translation>Address the web view listens on (0.0.0.0 shares it on the LAN)</translation>
    </message>
    <message>
        <source>an IP address such as 127.0.0.1 or 0.0.0.0</source>
        <translation>an IP address such as 127.0.0.1 or 0.0.0.0</translation>
    </message>
    <message>
        <source>Port of the web view</source>
        <translation>Port of the web view</translation>
    </message>
    <message>
        <source>a port number from 1 to 65535 (0: any free port)</source>
        <translation>a port number from 1 to 65535 (0: any free port)</translation>
    </message>
    <message>
        <source>When set, the web view asks for this key</source>
        <translation>When set, the web view asks for this key</translation>
    </message>
    <message>
        <source>nothing, or a key of at least 8 characters</source>
        <translation>nothing, or a key of at least 8 characters</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>keychain</translation>
    </message>
    <message>
        <source>settings file</source>
        <translation>settings file</translation>
    </message>
    <message>
        <source>.env file</source>
        <translation>.env file</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>environment</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>no groups were given</source>
        <translation>no groups were given</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no &quot;=&quot; between name and id</source>
        <translation>&quot;%1&quot; has no &quot;=&quot; between name and id</translation>
    </message>
    <message>
        <source>group name &quot;%1&quot; is used twice</source>
        <translation>group name &quot;%1&quot; is used twice</translation>
    </message>
    <message>
        <source>group %1: &quot;%2&quot; is neither GROUP_ID nor PROJECT_ID:TREE_ID:GROUP_ID</source>
        <translation>group %1: &quot;%2&quot; is neither GROUP_ID nor PROJECT_ID:TREE_ID:GROUP_ID</translation>
    </message>
    <message>
        <source>group %1: &quot;%2&quot; is not a positive whole number</source>
        <translation>group %1: &quot;%2&quot; is not a positive whole number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of ; , | or tab</source>
        <translation>&quot;%1&quot; is not one of ; , | or tab</translation>
    </message>
    <message>
        <source>Separator of the CSV cells TestOps writes</source>
        <translation>Separator of the CSV cells TestOps writes</translation>
    </message>
    <message>
        <source>one of ; , | or tab</source>
        <translation>one of ; , | or tab</translation>
    </message>
    <message>
        <source>Do not keep an export identical to the group&apos;s previous one (the check is still recorded)</source>
        <translation>Do not keep an export identical to the group&apos;s previous one (the check is still recorded)</translation>
    </message>
    <message>
        <source>a line has no setting name: the file is not in INI format</source>
        <translation>a line has no setting name: the file is not in INI format</translation>
    </message>
    <message>
        <source>it holds a control character (the file may be damaged or not text)</source>
        <translation>it holds a control character (the file may be damaged or not text)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>&quot;%1&quot; is not a host name</translation>
    </message>
    <message>
        <source>Host names the web view answers to besides localhost, this computer&apos;s name and IP addresses (others get 421, against DNS rebinding)</source>
        <translation>Host names the web view answers to besides localhost, this computer&apos;s name and IP addresses (others get 421, against DNS rebinding)</translation>
    </message>
    <message>
        <source>host names separated by commas, such as exports.example.com, or * for any</source>
        <translation>host names separated by commas, such as exports.example.com, or * for any</translation>
    </message>
    <message>
        <source>the group name %1 is given twice: in EXPORT_GROUPS (%2:%3:%4) and at %5 of this file (%6:%7:%8)</source>
        <translation>the group name %1 is given twice: in EXPORT_GROUPS (%2:%3:%4) and at %5 of this file (%6:%7:%8)</translation>
    </message>
    <message>
        <source>each group name once, across EXPORT_GROUPS and projects.json</source>
        <translation>each group name once, across EXPORT_GROUPS and projects.json</translation>
    </message>
    <message>
        <source>EXPORT_GROUPS, or a projects.json file (PROJECTS_CONFIG) with groups</source>
        <translation>EXPORT_GROUPS, or a projects.json file (PROJECTS_CONFIG) with groups</translation>
    </message>
    <message>
        <source>The Go tool&apos;s projects file: groups of several projects, added to EXPORT_GROUPS (default: projects.json in the working directory, when there is one)</source>
        <translation>The Go tool&apos;s projects file: groups of several projects, added to EXPORT_GROUPS (default: projects.json in the working directory, when there is one)</translation>
    </message>
    <message>
        <source>the path of a projects.json file</source>
        <translation>the path of a projects.json file</translation>
    </message>
    <message>
        <source>group name &quot;%1&quot; may hold only letters, digits, &apos;-&apos; and &apos;_&apos; (at most 64), and may not start with digits and &apos;_&apos;</source>
        <translation>group name &quot;%1&quot; may hold only letters, digits, &apos;-&apos; and &apos;_&apos; (at most 64), and may not start with digits and &apos;_&apos;</translation>
    </message>
    <message>
        <source>it is required when S3_ENABLED is on</source>
        <translation>it is required when S3_ENABLED is on</translation>
    </message>
    <message>
        <source>not a bucket name</source>
        <translation>not a bucket name</translation>
    </message>
    <message>
        <source>Keep a second copy of every export in an S3 bucket (AWS, MinIO, Ceph, Yandex Object Storage…)</source>
        <translation>Keep a second copy of every export in an S3 bucket (AWS, MinIO, Ceph, Yandex Object Storage…)</translation>
    </message>
    <message>
        <source>true, 1 or yes to turn it on; false, 0 or no</source>
        <translation>true, 1 or yes to turn it on; false, 0 or no</translation>
    </message>
    <message>
        <source>The bucket the exports go to, as exports/&lt;YYYY-MM-DD&gt;/&lt;file name&gt;</source>
        <translation>The bucket the exports go to, as exports/&lt;YYYY-MM-DD&gt;/&lt;file name&gt;</translation>
    </message>
    <message>
        <source>a bucket name: 3 to 63 lower-case letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation>a bucket name: 3 to 63 lower-case letters, digits, &apos;.&apos; and &apos;-&apos;</translation>
    </message>
    <message>
        <source>Address of an S3-compatible server; empty for AWS</source>
        <translation>Address of an S3-compatible server; empty for AWS</translation>
    </message>
    <message>
        <source>nothing (AWS), or an http:// or https:// address such as https://storage.yandexcloud.net</source>
        <translation>nothing (AWS), or an http:// or https:// address such as https://storage.yandexcloud.net</translation>
    </message>
    <message>
        <source>The region requests are signed for</source>
        <translation>The region requests are signed for</translation>
    </message>
    <message>
        <source>a region name such as us-east-1 or ru-central1</source>
        <translation>a region name such as us-east-1 or ru-central1</translation>
    </message>
    <message>
        <source>not a region name</source>
        <translation>not a region name</translation>
    </message>
    <message>
        <source>The access key id of the bucket&apos;s credentials</source>
        <translation>The access key id of the bucket&apos;s credentials</translation>
    </message>
    <message>
        <source>the access key id your storage gave you</source>
        <translation>the access key id your storage gave you</translation>
    </message>
    <message>
        <source>The secret key of the bucket&apos;s credentials; never shown</source>
        <translation>The secret key of the bucket&apos;s credentials; never shown</translation>
    </message>
    <message>
        <source>the secret key your storage gave you</source>
        <translation>the secret key your storage gave you</translation>
    </message>
    <message>
        <source>it must be shorter than LEADER_LEASE_DURATION (%1 s)</source>
        <translation>it must be shorter than LEADER_LEASE_DURATION (%1 s)</translation>
    </message>
    <message>
        <source>it must be shorter than LEADER_RENEW_DEADLINE (%1 s)</source>
        <translation>it must be shorter than LEADER_RENEW_DEADLINE (%1 s)</translation>
    </message>
    <message>
        <source>Several replicas on Kubernetes: only the holder of a Lease exports, every replica serves the web view</source>
        <translation>Several replicas on Kubernetes: only the holder of a Lease exports, every replica serves the web view</translation>
    </message>
    <message>
        <source>off, auto (on when running in a Kubernetes pod) or on</source>
        <translation>off, auto (on when running in a Kubernetes pod) or on</translation>
    </message>
    <message>
        <source>not off, auto or on</source>
        <translation>not off, auto or on</translation>
    </message>
    <message>
        <source>The Lease the replicas elect a leader on</source>
        <translation>The Lease the replicas elect a leader on</translation>
    </message>
    <message>
        <source>a Kubernetes object name: lower-case letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>a Kubernetes object name: lower-case letters, digits, &apos;-&apos; and &apos;.&apos;</translation>
    </message>
    <message>
        <source>not a Kubernetes object name</source>
        <translation>not a Kubernetes object name</translation>
    </message>
    <message>
        <source>The namespace of the Lease; empty: the pod&apos;s own</source>
        <translation>The namespace of the Lease; empty: the pod&apos;s own</translation>
    </message>
    <message>
        <source>nothing, or a namespace name</source>
        <translation>nothing, or a namespace name</translation>
    </message>
    <message>
        <source>not a namespace name</source>
        <translation>not a namespace name</translation>
    </message>
    <message>
        <source>How long followers wait after the lease was last renewed before they take it</source>
        <translation>How long followers wait after the lease was last renewed before they take it</translation>
    </message>
    <message>
        <source>a duration such as 15s, longer than LEADER_RENEW_DEADLINE</source>
        <translation>a duration such as 15s, longer than LEADER_RENEW_DEADLINE</translation>
    </message>
    <message>
        <source>A leader that could not renew for this long stops exporting</source>
        <translation>A leader that could not renew for this long stops exporting</translation>
    </message>
    <message>
        <source>a duration such as 10s, longer than LEADER_RETRY_PERIOD</source>
        <translation>a duration such as 10s, longer than LEADER_RETRY_PERIOD</translation>
    </message>
    <message>
        <source>How often the lease is read, renewed or tried</source>
        <translation>How often the lease is read, renewed or tried</translation>
    </message>
    <message>
        <source>a duration such as 2s</source>
        <translation>a duration such as 2s</translation>
    </message>
    <message>
        <source>A dead man&apos;s switch (healthchecks.io, Uptime Kuma): pinged when an export cycle starts (/start), ends well, and fails (/fail, with the reasons)</source>
        <translation>A dead man&apos;s switch (healthchecks.io, Uptime Kuma): pinged when an export cycle starts (/start), ends well, and fails (/fail, with the reasons)</translation>
    </message>
    <message>
        <source>nothing, or an http:// or https:// address such as https://hc-ping.com/your-check-uuid</source>
        <translation>nothing, or an http:// or https:// address such as https://hc-ping.com/your-check-uuid</translation>
    </message>
    <message>
        <source>Webhooks that hear of a failed or recovered group, of many removed test cases and of an overdue export (Slack, Mattermost, Rocket.Chat, Teams, or any)</source>
        <translation>Webhooks that hear of a failed or recovered group, of many removed test cases and of an overdue export (Slack, Mattermost, Rocket.Chat, Teams, or any)</translation>
    </message>
    <message>
        <source>nothing, or http:// or https:// addresses separated by commas</source>
        <translation>nothing, or http:// or https:// addresses separated by commas</translation>
    </message>
    <message>
        <source>The shape of an alert: slack ({&quot;text&quot;}, also Mattermost and Rocket.Chat), teams (a message card) or json</source>
        <translation>The shape of an alert: slack ({&quot;text&quot;}, also Mattermost and Rocket.Chat), teams (a message card) or json</translation>
    </message>
    <message>
        <source>slack, teams or json</source>
        <translation>slack, teams or json</translation>
    </message>
    <message>
        <source>An export that lacks more test cases than this since the group&apos;s previous one raises an alert</source>
        <translation>An export that lacks more test cases than this since the group&apos;s previous one raises an alert</translation>
    </message>
    <message>
        <source>a percentage of the previous export&apos;s cases such as 5%, or a count such as 20</source>
        <translation>a percentage of the previous export&apos;s cases such as 5%, or a count such as 20</translation>
    </message>
    <message>
        <source>A group with no good export for longer than this raises an alert</source>
        <translation>A group with no good export for longer than this raises an alert</translation>
    </message>
    <message>
        <source>a duration such as 26h (at most 7 days)</source>
        <translation>a duration such as 26h (at most 7 days)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address</source>
        <translation>&quot;%1&quot; is not an http:// or https:// address</translation>
    </message>
    <message>
        <source>not a format of alerts</source>
        <translation>not a format of alerts</translation>
    </message>
    <message>
        <source>not a percentage above 0 and up to 100</source>
        <translation>not a percentage above 0 and up to 100</translation>
    </message>
    <message>
        <source>neither a percentage nor a count of test cases</source>
        <translation>neither a percentage nor a count of test cases</translation>
    </message>
    <message>
        <source>Keep by tiers instead of by age: the last export of each of the newest N days, weeks, months and years of a group (RETENTION_DAYS then does not apply)</source>
        <translation>Keep by tiers instead of by age: the last export of each of the newest N days, weeks, months and years of a group (RETENTION_DAYS then does not apply)</translation>
    </message>
    <message>
        <source>nothing, or tiers such as daily:30,weekly:12,monthly:24 (also yearly:N)</source>
        <translation>nothing, or tiers such as daily:30,weekly:12,monthly:24 (also yearly:N)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not daily, weekly, monthly or yearly</source>
        <translation>&quot;%1&quot; is not daily, weekly, monthly or yearly</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a count from 1 to 100000</source>
        <translation>%1: &quot;%2&quot; is not a count from 1 to 100000</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 is given twice</translation>
    </message>
    <message>
        <source>When every export is read again against the SHA-256 the journal recorded (as --verify), with an alert when one changed, went or came in</source>
        <translation>When every export is read again against the SHA-256 the journal recorded (as --verify), with an alert when one changed, went or came in</translation>
    </message>
    <message>
        <source>a 5-field cron expression (default: Sundays at 05:30), or nothing for never</source>
        <translation>a 5-field cron expression (default: Sundays at 05:30), or nothing for never</translation>
    </message>
    <message>
        <source>Keep every test case whole (steps, attachments, custom fields, relations, comments) after each export</source>
        <translation>Keep every test case whole (steps, attachments, custom fields, relations, comments) after each export</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>on or off</translation>
    </message>
    <message>
        <source>Folder of the snapshot store (empty: snapshots/ inside the export folder)</source>
        <translation>Folder of the snapshot store (empty: snapshots/ inside the export folder)</translation>
    </message>
    <message>
        <source>an absolute path, or nothing</source>
        <translation>an absolute path, or nothing</translation>
    </message>
    <message>
        <source>Keep the bytes of attachments in snapshots (off: their names and sizes only)</source>
        <translation>Keep the bytes of attachments in snapshots (off: their names and sizes only)</translation>
    </message>
    <message>
        <source>Requests a snapshot keeps in flight to TestOps</source>
        <translation>Requests a snapshot keeps in flight to TestOps</translation>
    </message>
    <message>
        <source>a whole number from 1 to 32</source>
        <translation>a whole number from 1 to 32</translation>
    </message>
    <message>
        <source>How often a snapshot reads every case again, not only those with a new modification date</source>
        <translation>How often a snapshot reads every case again, not only those with a new modification date</translation>
    </message>
    <message>
        <source>a duration such as 7d, 2w or 12h; 0: every time</source>
        <translation>a duration such as 7d, 2w or 12h; 0: every time</translation>
    </message>
    <message>
        <source>Which snapshots to keep: the last of each of the newest N days, weeks, months and years of a group (empty: all)</source>
        <translation>Which snapshots to keep: the last of each of the newest N days, weeks, months and years of a group (empty: all)</translation>
    </message>
    <message>
        <source>tiers such as daily:14,weekly:8,monthly:24 (also yearly:N), or nothing</source>
        <translation>tiers such as daily:14,weekly:8,monthly:24 (also yearly:N), or nothing</translation>
    </message>
    <message>
        <source>not an absolute path</source>
        <translation>not an absolute path</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 1 to 32</source>
        <translation>&quot;%1&quot; is not a whole number from 1 to 32</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration in hours, days or weeks</source>
        <translation>&quot;%1&quot; is not a duration in hours, days or weeks</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Each group of the TestOps test case tree is exported to its own file. The name appears in the file name.</source>
        <translation>Each group of the TestOps test case tree is exported to its own file. The name appears in the file name.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>Project id</translation>
    </message>
    <message>
        <source>Tree id</source>
        <translation>Tree id</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>Group id</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <source>none: anyone who can reach the page</source>
        <translation>none: anyone who can reach the page</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>A new language applies when the app starts again.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Set by the %1; that value wins over this dialog.</source>
        <translation>Set by the %1; that value wins over this dialog.</translation>
    </message>
    <message>
        <source>The token comes from the %1 and wins over any token saved here.</source>
        <translation>The token comes from the %1 and wins over any token saved here.</translation>
    </message>
    <message>
        <source>Kept in the system keychain; without one, in the settings file readable only by you.</source>
        <translation>Kept in the system keychain; without one, in the settings file readable only by you.</translation>
    </message>
    <message>
        <source>Expected: %1.</source>
        <translation>Expected: %1.</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Expected: %1</translation>
    </message>
    <message>
        <source>Unknown time zone</source>
        <translation>Unknown time zone</translation>
    </message>
    <message>
        <source>Next runs (your local time):</source>
        <translation>Next runs (your local time):</translation>
    </message>
    <message numerus="yes">
        <source>%n more group(s) come from %1; edit that file to change them.</source>
        <translation>
            <numerusform>%n more group comes from %1; edit that file to change it.</numerusform>
            <numerusform>%n more groups come from %1; edit that file to change them.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connection</translation>
    </message>
    <message>
        <source>TestOps &amp;address</source>
        <translation>TestOps &amp;address</translation>
    </message>
    <message>
        <source>API &amp;token</source>
        <translation>API &amp;token</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>Sh&amp;ow</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Test co&amp;nnection</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Groups</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>R&amp;emove</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation>Sc&amp;hedule</translation>
    </message>
    <message>
        <source>Wh&amp;en</source>
        <translation>Wh&amp;en</translation>
    </message>
    <message>
        <source>Cron e&amp;xpression</source>
        <translation>Cron e&amp;xpression</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Time &amp;zone</translation>
    </message>
    <message>
        <source>Retry &amp;after</source>
        <translation>Retry &amp;after</translation>
    </message>
    <message>
        <source>&amp;Keep exports for</source>
        <translation>&amp;Keep exports for</translation>
    </message>
    <message>
        <source>Export &amp;folder</source>
        <translation>Export &amp;folder</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Choo&amp;se…</translation>
    </message>
    <message>
        <source>R&amp;un a missed export when the app starts</source>
        <translation>R&amp;un a missed export when the app starts</translation>
    </message>
    <message>
        <source>Do &amp;not keep an export identical to the previous one</source>
        <translation>Do &amp;not keep an export identical to the previous one</translation>
    </message>
    <message>
        <source>Notif&amp;y when an export succeeds</source>
        <translation>Notif&amp;y when an export succeeds</translation>
    </message>
    <message>
        <source>&amp;Web view</source>
        <translation>&amp;Web view</translation>
    </message>
    <message>
        <source>Share with colleagues on the local &amp;network</source>
        <translation>Share with colleagues on the local &amp;network</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>Access &amp;key</source>
        <translation>Access &amp;key</translation>
    </message>
    <message>
        <source>Gener&amp;ate</source>
        <translation>Gener&amp;ate</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;y</translation>
    </message>
    <message>
        <source>Genera&amp;l</source>
        <translation>Genera&amp;l</translation>
    </message>
    <message>
        <source>Start at log&amp;in</source>
        <translation>Start at log&amp;in</translation>
    </message>
    <message>
        <source>Langu&amp;age</source>
        <translation>Langu&amp;age</translation>
    </message>
    <message>
        <source>S&amp;3 storage</source>
        <translation>S&amp;3 storage</translation>
    </message>
    <message>
        <source>Every day at</source>
        <translation>Every day at</translation>
    </message>
    <message>
        <source>On weekdays at</source>
        <translation>On weekdays at</translation>
    </message>
    <message>
        <source>Every</source>
        <comment>every N hours</comment>
        <translation>Every</translation>
    </message>
    <message>
        <source>Custom (cron, advanced)</source>
        <translation>Custom (cron, advanced)</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> hours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>forever</translation>
    </message>
    <message>
        <source>none: wait for the next scheduled export</source>
        <translation>none: wait for the next scheduled export</translation>
    </message>
    <message>
        <source>No retries: a failed group waits for the next scheduled export.</source>
        <translation>No retries: a failed group waits for the next scheduled export.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>A failed group is tried again %n time(s): after %1.</source>
        <translation>
            <numerusform>A failed group is tried again once: after %1.</numerusform>
            <numerusform>A failed group is tried again %n times: after %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>These groups come from the %1 (EXPORT_GROUPS), which wins over this dialog: change them there.</source>
        <translation>These groups come from the %1 (EXPORT_GROUPS), which wins over this dialog: change them there.</translation>
    </message>
    <message>
        <source>CA ce&amp;rtificate</source>
        <translation>CA ce&amp;rtificate</translation>
    </message>
    <message>
        <source>A PEM file with the certificate of the authority that signed your TestOps server&apos;s certificate (TLS_CA_FILE), for a company&apos;s own CA.</source>
        <translation>A PEM file with the certificate of the authority that signed your TestOps server&apos;s certificate (TLS_CA_FILE), for a company&apos;s own CA.</translation>
    </message>
    <message>
        <source>None: the system&apos;s trusted authorities</source>
        <translation>None: the system&apos;s trusted authorities</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <source>Ser&amp;ve the exports as a web page</source>
        <translation>Ser&amp;ve the exports as a web page</translation>
    </message>
    <message>
        <source>Sna&amp;pshots</source>
        <translation>Sna&amp;pshots</translation>
    </message>
</context>
<context>
    <name>SnapshotBrowser</name>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Find by id or name</source>
        <translation>Find by id or name</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <source>S&amp;napshot</source>
        <translation>S&amp;napshot</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Co&amp;mpare with</source>
        <translation>Co&amp;mpare with</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>No snapshot is kept yet: File → Take a snapshot now.</source>
        <translation>No snapshot is kept yet: File → Take a snapshot now.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s)</source>
        <translation>
            <numerusform>%n test case</numerusform>
            <numerusform>%n test cases</numerusform>
        </translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>No difference.</translation>
    </message>
    <message>
        <source>&amp;Restore in TestOps…</source>
        <translation>&amp;Restore in TestOps…</translation>
    </message>
    <message>
        <source>Puts the selected test cases back in TestOps as the snapshot shown kept them: shows exactly what will be written first, then asks.</source>
        <translation>Puts the selected test cases back in TestOps as the snapshot shown kept them: shows exactly what will be written first, then asks.</translation>
    </message>
    <message>
        <source>Reading these test cases in TestOps…</source>
        <translation>Reading these test cases in TestOps…</translation>
    </message>
    <message>
        <source>Sa&amp;ve attachment…</source>
        <translation>Sa&amp;ve attachment…</translation>
    </message>
    <message>
        <source>&amp;Open attachment</source>
        <translation>&amp;Open attachment</translation>
    </message>
    <message>
        <source>%1  (its bytes were not kept)</source>
        <translation>%1  (its bytes were not kept)</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation>No application is set up to open %1.</translation>
    </message>
    <message>
        <source>Pick a test case to see it as this snapshot kept it; pick another snapshot under Compare with to see what changed.</source>
        <translation>Pick a test case to see it as this snapshot kept it; pick another snapshot under Compare with to see what changed.</translation>
    </message>
</context>
<context>
    <name>SnapshotCli</name>
    <message>
        <source>(tried again at %1)</source>
        <translation>(tried again at %1)</translation>
    </message>
    <message>
        <source>No snapshots in %1.</source>
        <translation>No snapshots in %1.</translation>
    </message>
    <message>
        <source>%1 test cases and %2 shared steps written to %3: %4 files, %5 bytes</source>
        <translation>%1 test cases and %2 shared steps written to %3: %4 files, %5 bytes</translation>
    </message>
    <message>
        <source>--verify --remote: %1</source>
        <translation>--verify --remote: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was written to TestOps. Add --apply to write these %n case(s).</source>
        <translation>
            <numerusform>Dry run: nothing was written to TestOps. Add --apply to write this case.</numerusform>
            <numerusform>Dry run: nothing was written to TestOps. Add --apply to write these %n case(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a configured group, and no snapshot of it is kept (configured: %2)</source>
        <translation>%1 is not a configured group, and no snapshot of it is kept (configured: %2)</translation>
    </message>
    <message>
        <source>No snapshot of group %1 in %2 yet.</source>
        <translation>No snapshot of group %1 in %2 yet.</translation>
    </message>
    <message>
        <source>--from %1 and --to %2 both name snapshot %3: pick two different snapshots (see --snapshots)</source>
        <translation>--from %1 and --to %2 both name snapshot %3: pick two different snapshots (see --snapshots)</translation>
    </message>
    <message>
        <source>%1: snapshot %2, that day&apos;s last</source>
        <translation>%1: snapshot %2, that day&apos;s last</translation>
    </message>
    <message>
        <source>no snapshot of %1 is kept, and no group is configured</source>
        <translation>no snapshot of %1 is kept, and no group is configured</translation>
    </message>
</context>
<context>
    <name>SnapshotCommands</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 new</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s): %1 read, %2 unchanged</source>
        <translation>
            <numerusform>%n case: %1 read, %2 unchanged</numerusform>
            <numerusform>%n cases: %1 read, %2 unchanged</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new on disk</source>
        <translation>%1 new on disk</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>TestOps did not count the group</source>
        <translation>TestOps did not count the group</translation>
    </message>
    <message numerus="yes">
        <source>verified: TestOps counts %n</source>
        <translation>
            <numerusform>verified: TestOps counts %n</numerusform>
            <numerusform>verified: TestOps counts %n</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT verified: TestOps counts %1</source>
        <translation>NOT verified: TestOps counts %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) changed without a new lastModifiedDate</source>
        <translation>
            <numerusform>%n case changed without a new lastModifiedDate</numerusform>
            <numerusform>%n cases changed without a new lastModifiedDate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in the manifest</source>
        <translation>
            <numerusform>%n note in the manifest</numerusform>
            <numerusform>%n notes in the manifest</numerusform>
        </translation>
    </message>
    <message>
        <source>no snapshot holds test case %1</source>
        <translation>no snapshot holds test case %1</translation>
    </message>
    <message>
        <source>Kept in %1 (%2)</source>
        <translation>Kept in %1 (%2)</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Group: %1</translation>
    </message>
    <message>
        <source>Status: %1  Layer: %2  Automated: %3</source>
        <translation>Status: %1  Layer: %2  Automated: %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>Custom fields:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>Issues:</source>
        <translation>Issues:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Members:</translation>
    </message>
    <message>
        <source>Test keys:</source>
        <translation>Test keys:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Precondition:</source>
        <translation>Precondition:</translation>
    </message>
    <message>
        <source>Expected result:</source>
        <translation>Expected result:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Steps:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <source>bytes not kept</source>
        <translation>bytes not kept</translation>
    </message>
    <message>
        <source>Relations:</source>
        <translation>Relations:</translation>
    </message>
    <message>
        <source>Comment by %1, %2: %3</source>
        <translation>Comment by %1, %2: %3</translation>
    </message>
    <message>
        <source>no snapshot %1 (see --snapshots)</source>
        <translation>no snapshot %1 (see --snapshots)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>… (nested too deep, or too many steps, to show)</source>
        <translation>… (nested too deep, or too many steps, to show)</translation>
    </message>
    <message>
        <source>[attachment] %1</source>
        <translation>[attachment] %1</translation>
    </message>
    <message>
        <source>[shared step %1] %2</source>
        <translation>[shared step %1] %2</translation>
    </message>
    <message>
        <source>(not returned by TestOps)</source>
        <translation>(not returned by TestOps)</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Expected:</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) copied: </source>
        <translation>
            <numerusform>%n snapshot copied: </numerusform>
            <numerusform>%n snapshots copied: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message>
        <source>each checked by its MD5</source>
        <translation>each checked by its MD5</translation>
    </message>
    <message numerus="yes">
        <source>%n in the bucket</source>
        <translation>
            <numerusform>%n in the bucket</numerusform>
            <numerusform>%n in the bucket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted by SNAPSHOT_KEEP</source>
        <translation>
            <numerusform>%n deleted by SNAPSHOT_KEEP</numerusform>
            <numerusform>%n deleted by SNAPSHOT_KEEP</numerusform>
        </translation>
    </message>
    <message>
        <source>no snapshot of %1 holds test case %2</source>
        <translation>no snapshot of %1 holds test case %2</translation>
    </message>
    <message>
        <source>snapshot %1 holds no test case %2</source>
        <translation>snapshot %1 holds no test case %2</translation>
    </message>
    <message>
        <source>no snapshot was taken on %1 (see --snapshots)</source>
        <translation>no snapshot was taken on %1 (see --snapshots)</translation>
    </message>
    <message>
        <source>there is no snapshot %1: an id of --snapshots, or a date yyyy-MM-dd</source>
        <translation>there is no snapshot %1: an id of --snapshots, or a date yyyy-MM-dd</translation>
    </message>
</context>
<context>
    <name>SnapshotCopy</name>
    <message>
        <source>the bucket cannot be listed: %1</source>
        <translation>the bucket cannot be listed: %1</translation>
    </message>
    <message>
        <source>snapshot %1 cannot be copied: %2</source>
        <translation>snapshot %1 cannot be copied: %2</translation>
    </message>
    <message>
        <source>snapshot %1 cannot be copied: object %2 is missing here (--verify)</source>
        <translation>snapshot %1 cannot be copied: object %2 is missing here (--verify)</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 cannot be read</translation>
    </message>
    <message>
        <source>the copy in S3 is not the file (its ETag %1)</source>
        <translation>the copy in S3 is not the file (its ETag %1)</translation>
    </message>
    <message>
        <source>%1 could not be copied: %2</source>
        <translation>%1 could not be copied: %2</translation>
    </message>
</context>
<context>
    <name>SnapshotDiff</name>
    <message>
        <source>No difference.</source>
        <translation>No difference.</translation>
    </message>
    <message>
        <source>There is no snapshot %1.</source>
        <translation>There is no snapshot %1.</translation>
    </message>
    <message>
        <source>Snapshot %1 holds no test case %2.</source>
        <translation>Snapshot %1 holds no test case %2.</translation>
    </message>
</context>
<context>
    <name>SnapshotFront</name>
    <message>
        <source>snapshots are off (SNAPSHOTS=off) or the app is not configured</source>
        <translation>snapshots are off (SNAPSHOTS=off) or the app is not configured</translation>
    </message>
    <message>
        <source>%1 is not a configured group (configured: %2)</source>
        <translation>%1 is not a configured group (configured: %2)</translation>
    </message>
    <message>
        <source>the snapshots are not copied to S3 (SNAPSHOTS and S3_ENABLED)</source>
        <translation>the snapshots are not copied to S3 (SNAPSHOTS and S3_ENABLED)</translation>
    </message>
    <message>
        <source>the app is not configured</source>
        <translation>the app is not configured</translation>
    </message>
    <message>
        <source>no snapshot %1 in %2 (see --snapshots)</source>
        <translation>no snapshot %1 in %2 (see --snapshots)</translation>
    </message>
    <message>
        <source>snapshot %1 holds no attachment %2 of test case %3</source>
        <translation>snapshot %1 holds no attachment %2 of test case %3</translation>
    </message>
    <message>
        <source>the bytes of %1 were not kept: TestOps did not give them when the snapshot was taken</source>
        <translation>the bytes of %1 were not kept: TestOps did not give them when the snapshot was taken</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: take it with --extract-snapshot</source>
        <translation>%1 is larger than %2 MB: take it with --extract-snapshot</translation>
    </message>
    <message>
        <source>groups %1 each have a snapshot on %2: say which with --group</source>
        <translation>groups %1 each have a snapshot on %2: say which with --group</translation>
    </message>
    <message>
        <source>no snapshot %1 of group %2 in %3 (see --snapshots)</source>
        <translation>no snapshot %1 of group %2 in %3 (see --snapshots)</translation>
    </message>
</context>
<context>
    <name>SnapshotRestore</name>
    <message>
        <source>TestOps does not give the %1 of test case %2 (an older version?)</source>
        <translation>TestOps does not give the %1 of test case %2 (an older version?)</translation>
    </message>
    <message>
        <source>test case %1 is not in snapshot %2</source>
        <translation>test case %1 is not in snapshot %2</translation>
    </message>
    <message>
        <source>created again with a new id; TestOps sets its own creation date and author, and each comment says who wrote it and when</source>
        <translation>created again with a new id; TestOps sets its own creation date and author, and each comment says who wrote it and when</translation>
    </message>
    <message>
        <source>created again as %1 by an earlier restore: completed</source>
        <translation>created again as %1 by an earlier restore: completed</translation>
    </message>
    <message>
        <source>shared step %1 is gone from TestOps and not in the snapshot</source>
        <translation>shared step %1 is gone from TestOps and not in the snapshot</translation>
    </message>
    <message>
        <source>gone: created again with its steps</source>
        <translation>gone: created again with its steps</translation>
    </message>
    <message>
        <source>archived: unarchived</source>
        <translation>archived: unarchived</translation>
    </message>
    <message>
        <source>exists: used as it is</source>
        <translation>exists: used as it is</translation>
    </message>
    <message>
        <source>written: %1</source>
        <translation>written: %1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>still differs: %1</source>
        <translation>still differs: %1</translation>
    </message>
    <message>
        <source>not in its group</source>
        <translation>not in its group</translation>
    </message>
    <message>
        <source>written: %1; failed: %2</source>
        <translation>written: %1; failed: %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>stopped: %1</translation>
    </message>
    <message>
        <source>the case cannot be read back</source>
        <translation>the case cannot be read back</translation>
    </message>
    <message>
        <source>Before the restore from snapshot %1</source>
        <translation>Before the restore from snapshot %1</translation>
    </message>
    <message>
        <source>no version saved: this TestOps keeps none</source>
        <translation>no version saved: this TestOps keeps none</translation>
    </message>
    <message>
        <source>attachment %1 was not kept (its bytes were missing): not uploaded</source>
        <translation>attachment %1 was not kept (its bytes were missing): not uploaded</translation>
    </message>
    <message>
        <source>Written by %1 on %2 (restored from snapshot %3):</source>
        <translation>Written by %1 on %2 (restored from snapshot %3):</translation>
    </message>
    <message>
        <source>the answer was lost; reading TestOps back found the new test case %1</source>
        <translation>the answer was lost; reading TestOps back found the new test case %1</translation>
    </message>
    <message>
        <source>not created: the answer was lost, and TestOps has no new test case by this name; run the restore again</source>
        <translation>not created: the answer was lost, and TestOps has no new test case by this name; run the restore again</translation>
    </message>
    <message>
        <source>not known whether it was created: the answer was lost, and %1; look in TestOps before running the restore again</source>
        <translation>not known whether it was created: the answer was lost, and %1; look in TestOps before running the restore again</translation>
    </message>
    <message>
        <source>its relation to test case %1 is left out: that case is gone from TestOps and not restored in this run</source>
        <translation>its relation to test case %1 is left out: that case is gone from TestOps and not restored in this run</translation>
    </message>
    <message>
        <source>an earlier restore left it half-built as %1: that one is archived</source>
        <translation>an earlier restore left it half-built as %1: that one is archived</translation>
    </message>
    <message>
        <source>the snapshot&apos;s scenario nests steps deeper than %1 (or a step is among its own children): not written further</source>
        <translation>the snapshot&apos;s scenario nests steps deeper than %1 (or a step is among its own children): not written further</translation>
    </message>
    <message>
        <source>a step showing attachment %1 is left out: its bytes were not kept</source>
        <translation>a step showing attachment %1 is left out: its bytes were not kept</translation>
    </message>
    <message>
        <source>TestOps answered a new step without its id</source>
        <translation>TestOps answered a new step without its id</translation>
    </message>
    <message>
        <source>TestOps made no expected result for a step that has one</source>
        <translation>TestOps made no expected result for a step that has one</translation>
    </message>
    <message>
        <source>TestOps answered a new shared step without its id</source>
        <translation>TestOps answered a new shared step without its id</translation>
    </message>
    <message>
        <source>TestOps answered the upload of %1 without an attachment id</source>
        <translation>TestOps answered the upload of %1 without an attachment id</translation>
    </message>
    <message>
        <source>project %1: %2</source>
        <translation>project %1: %2</translation>
    </message>
    <message>
        <source>created in project %1 with a new id; TestOps sets its own creation date and author, and each comment says who wrote it and when</source>
        <translation>created in project %1 with a new id; TestOps sets its own creation date and author, and each comment says who wrote it and when</translation>
    </message>
    <message>
        <source>its relation to test case %1 is left out: that case is not restored into project %2 in this run</source>
        <translation>its relation to test case %1 is left out: that case is not restored into project %2 in this run</translation>
    </message>
    <message>
        <source>created in project %1 with its steps</source>
        <translation>created in project %1 with its steps</translation>
    </message>
    <message>
        <source>shared step %1 is not in the snapshot, so it cannot be created (again)</source>
        <translation>shared step %1 is not in the snapshot, so it cannot be created (again)</translation>
    </message>
    <message>
        <source>its relation to test case %1 is left out: that case was not created</source>
        <translation>its relation to test case %1 is left out: that case was not created</translation>
    </message>
    <message>
        <source>shared step %1 was not created: the answer was lost, and TestOps has no new one by its name; run the restore again</source>
        <translation>shared step %1 was not created: the answer was lost, and TestOps has no new one by its name; run the restore again</translation>
    </message>
    <message>
        <source>not known whether shared step %1 was created: the answer was lost, and %2; look in TestOps before running the restore again</source>
        <translation>not known whether shared step %1 was created: the answer was lost, and %2; look in TestOps before running the restore again</translation>
    </message>
    <message>
        <source>a comment was not posted: the answer was lost, and TestOps does not have it; run the restore again</source>
        <translation>a comment was not posted: the answer was lost, and TestOps does not have it; run the restore again</translation>
    </message>
    <message>
        <source>not known whether a comment was posted: the answer was lost, and %1; look in TestOps before running the restore again</source>
        <translation>not known whether a comment was posted: the answer was lost, and %1; look in TestOps before running the restore again</translation>
    </message>
    <message>
        <source>%1 is not a newer snapshot of group %2 than %3</source>
        <translation>%1 is not a newer snapshot of group %2 than %3</translation>
    </message>
    <message>
        <source>changed in TestOps on %1, after snapshot %2: left alone (--force puts it back)</source>
        <translation>changed in TestOps on %1, after snapshot %2: left alone (--force puts it back)</translation>
    </message>
    <message>
        <source>TestOps could not be read</source>
        <translation>TestOps could not be read</translation>
    </message>
    <message>
        <source>there is no project %1 in TestOps (or the token cannot see it): --to-project wants the id of an existing project</source>
        <translation>there is no project %1 in TestOps (or the token cannot see it): --to-project wants the id of an existing project</translation>
    </message>
</context>
<context>
    <name>SnapshotRestoreFlow</name>
    <message>
        <source>Restore in TestOps</source>
        <translation>Restore in TestOps</translation>
    </message>
</context>
<context>
    <name>SnapshotSession</name>
    <message>
        <source>the snapshot before (%1) cannot be read (%2): every case is read again</source>
        <translation>the snapshot before (%1) cannot be read (%2): every case is read again</translation>
    </message>
    <message>
        <source>and more</source>
        <translation>and more</translation>
    </message>
    <message>
        <source>the tree node %1 answered without a page of children</source>
        <translation>the tree node %1 answered without a page of children</translation>
    </message>
    <message>
        <source>the tree below the group is deeper than %1 levels (%2): is it a loop?</source>
        <translation>the tree below the group is deeper than %1 levels (%2): is it a loop?</translation>
    </message>
    <message>
        <source>shared step %1 (used by %2) is not in TestOps any more: the steps keep its id</source>
        <translation>shared step %1 (used by %2) is not in TestOps any more: the steps keep its id</translation>
    </message>
    <message>
        <source>test case %1 (%2) was deleted while the snapshot was taken</source>
        <translation>test case %1 (%2) was deleted while the snapshot was taken</translation>
    </message>
    <message>
        <source>test case %1 (%2): a step uses shared step %3, which TestOps does not return</source>
        <translation>test case %1 (%2): a step uses shared step %3, which TestOps does not return</translation>
    </message>
    <message>
        <source>test case %1 (%2): a step shows attachment %3, which TestOps does not list</source>
        <translation>test case %1 (%2): a step shows attachment %3, which TestOps does not list</translation>
    </message>
    <message>
        <source>the snapshot store cannot take it: %1</source>
        <translation>the snapshot store cannot take it: %1</translation>
    </message>
    <message>
        <source>shared step %1 (%2)</source>
        <translation>shared step %1 (%2)</translation>
    </message>
    <message>
        <source>test case %1 (%2)</source>
        <translation>test case %1 (%2)</translation>
    </message>
    <message>
        <source>%1: attachment %2 (%3) has no bytes in TestOps (marked missed)</source>
        <translation>%1: attachment %2 (%3) has no bytes in TestOps (marked missed)</translation>
    </message>
    <message>
        <source>%1: attachment %2 (%3) is listed, its bytes are not found (404)</source>
        <translation>%1: attachment %2 (%3) is listed, its bytes are not found (404)</translation>
    </message>
    <message>
        <source>%1: attachment %2 (%3) is listed with %4 bytes and has %5</source>
        <translation>%1: attachment %2 (%3) is listed with %4 bytes and has %5</translation>
    </message>
    <message>
        <source>test case %1 (%2) changed without a new lastModifiedDate</source>
        <translation>test case %1 (%2) changed without a new lastModifiedDate</translation>
    </message>
    <message>
        <source>TestOps counts %1 test cases in the group; the snapshot holds %2</source>
        <translation>TestOps counts %1 test cases in the group; the snapshot holds %2</translation>
    </message>
    <message>
        <source>the tree node %1 lists more than %2 pages: is its paging broken?</source>
        <translation>the tree node %1 lists more than %2 pages: is its paging broken?</translation>
    </message>
    <message>
        <source>test case %1 lists more than %2 pages of rows: is its paging broken?</source>
        <translation>test case %1 lists more than %2 pages of rows: is its paging broken?</translation>
    </message>
    <message>
        <source>TestOps answers 404 for the %1 of %2 %3, whose record it gives: this TestOps may lack the call; the snapshot cannot be whole without it</source>
        <translation>TestOps answers 404 for the %1 of %2 %3, whose record it gives: this TestOps may lack the call; the snapshot cannot be whole without it</translation>
    </message>
    <message>
        <source>shared step</source>
        <translation>shared step</translation>
    </message>
    <message>
        <source>test case</source>
        <translation>test case</translation>
    </message>
    <message>
        <source>the overview of test case %1 is not a test case (no id)</source>
        <translation>the overview of test case %1 is not a test case (no id)</translation>
    </message>
    <message>
        <source>%1: attachment %2 (%3) is not kept: %4</source>
        <translation>%1: attachment %2 (%3) is not kept: %4</translation>
    </message>
</context>
<context>
    <name>SnapshotSettingsPage</name>
    <message>
        <source>&amp;Keep every test case whole after each export: steps, attachments, custom fields, relations, comments</source>
        <translation>&amp;Keep every test case whole after each export: steps, attachments, custom fields, relations, comments</translation>
    </message>
    <message>
        <source>Keep the &amp;bytes of attachments</source>
        <translation>Keep the &amp;bytes of attachments</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <source>&amp;Requests at once</source>
        <translation>&amp;Requests at once</translation>
    </message>
    <message>
        <source>Read &amp;every case again every</source>
        <translation>Read &amp;every case again every</translation>
    </message>
    <message>
        <source>A case whose modification date has not moved is taken from the snapshot before, without a request. Keep: the last snapshot of each of the newest days, weeks and months of a group; the newest always stays.</source>
        <translation>A case whose modification date has not moved is taken from the snapshot before, without a request. Keep: the last snapshot of each of the newest days, weeks and months of a group; the newest always stays.</translation>
    </message>
    <message>
        <source>snapshots/ inside the export folder</source>
        <translation>snapshots/ inside the export folder</translation>
    </message>
    <message>
        <source>7d, 2w, 12h; 0: every time</source>
        <translation>7d, 2w, 12h; 0: every time</translation>
    </message>
    <message>
        <source>daily:14,weekly:8,monthly:24; empty: all</source>
        <translation>daily:14,weekly:8,monthly:24; empty: all</translation>
    </message>
    <message>
        <source>&amp;Tiers to keep</source>
        <translation>&amp;Tiers to keep</translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>more than %1 bytes came, far more than TestOps listed</source>
        <translation>more than %1 bytes came, far more than TestOps listed</translation>
    </message>
</context>
<context>
    <name>SnapshotWords</name>
    <message>
        <source>%1 of %2 test cases…</source>
        <translation>%1 of %2 test cases…</translation>
    </message>
    <message>
        <source>listing the test cases…</source>
        <translation>listing the test cases…</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>tried again %1</source>
        <translation>tried again %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s)</source>
        <translation>
            <numerusform>%n test case</numerusform>
            <numerusform>%n test cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>today at %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>tomorrow at %1</translation>
    </message>
    <message>
        <source>Not configured: %1</source>
        <translation>Not configured: %1</translation>
    </message>
    <message>
        <source>Exporting group %1 of %2: %3</source>
        <translation>Exporting group %1 of %2: %3</translation>
    </message>
    <message>
        <source>Waiting to retry %1 %2</source>
        <translation>Waiting to retry %1 %2</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>Last export failed: %1</source>
        <translation>Last export failed: %1</translation>
    </message>
    <message>
        <source>Schedule paused</source>
        <translation>Schedule paused</translation>
    </message>
    <message>
        <source>Next export %1</source>
        <translation>Next export %1</translation>
    </message>
    <message>
        <source>TestOps Export</source>
        <translation>TestOps Export</translation>
    </message>
    <message>
        <source>Schedule paused; the last export failed: %1</source>
        <translation>Schedule paused; the last export failed: %1</translation>
    </message>
</context>
<context>
    <name>TestOpsClient</name>
    <message>
        <source>the token endpoint answered without an access_token</source>
        <translation>the token endpoint answered without an access_token</translation>
    </message>
    <message>
        <source>authentication failed: the server refused the API token (HTTP %1%2); check TESTOPS_TOKEN</source>
        <translation>authentication failed: the server refused the API token (HTTP %1%2); check TESTOPS_TOKEN</translation>
    </message>
    <message>
        <source>could not connect to %1 within %2 s</source>
        <translation>could not connect to %1 within %2 s</translation>
    </message>
    <message>
        <source>the server&apos;s answer is larger than expected</source>
        <translation>the server&apos;s answer is larger than expected</translation>
    </message>
    <message>
        <source>the file was closed</source>
        <translation>the file was closed</translation>
    </message>
    <message>
        <source>cannot write the export file: %1</source>
        <translation>cannot write the export file: %1</translation>
    </message>
    <message>
        <source>the server sent an empty file</source>
        <translation>the server sent an empty file</translation>
    </message>
    <message>
        <source>the download ended early: %1 of %2 bytes</source>
        <translation>the download ended early: %1 of %2 bytes</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not JSON (%1)</source>
        <translation>the server&apos;s answer is not JSON (%1)</translation>
    </message>
    <message>
        <source>the server sent no HTTP answer</source>
        <translation>the server sent no HTTP answer</translation>
    </message>
    <message>
        <source>host %1 not found (DNS): check TESTOPS_BASE_URL</source>
        <translation>host %1 not found (DNS): check TESTOPS_BASE_URL</translation>
    </message>
    <message>
        <source>the server closed the connection before the answer was complete</source>
        <translation>the server closed the connection before the answer was complete</translation>
    </message>
    <message>
        <source>the server sent nothing for %1 s</source>
        <translation>the server sent nothing for %1 s</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 is not trusted (%2): set TLS_CA_FILE to your CA</source>
        <translation>the TLS certificate of %1 is not trusted (%2): set TLS_CA_FILE to your CA</translation>
    </message>
    <message>
        <source>the proxy failed: %1</source>
        <translation>the proxy failed: %1</translation>
    </message>
    <message>
        <source>host %1 is unreachable: %2</source>
        <translation>host %1 is unreachable: %2</translation>
    </message>
    <message>
        <source>the access token was rejected (HTTP 401)%1; check TESTOPS_TOKEN</source>
        <translation>the access token was rejected (HTTP 401)%1; check TESTOPS_TOKEN</translation>
    </message>
    <message>
        <source>no access: the token&apos;s user may not see this project (HTTP 403)%1</source>
        <translation>no access: the token&apos;s user may not see this project (HTTP 403)%1</translation>
    </message>
    <message>
        <source>not found (HTTP 404)%1: check the project, tree and group ids</source>
        <translation>not found (HTTP 404)%1: check the project, tree and group ids</translation>
    </message>
    <message>
        <source>the server asks to slow down (HTTP 429)%1</source>
        <translation>the server asks to slow down (HTTP 429)%1</translation>
    </message>
    <message>
        <source>server error %1 (the server answered with a web page)</source>
        <translation>server error %1 (the server answered with a web page)</translation>
    </message>
    <message>
        <source>server error %1%2</source>
        <translation>server error %1%2</translation>
    </message>
    <message>
        <source>the server answered HTTP %1%2</source>
        <translation>the server answered HTTP %1%2</translation>
    </message>
    <message>
        <source>the server returned a web page instead of JSON: check TESTOPS_BASE_URL, or whether a proxy or a login page stands in front of TestOps</source>
        <translation>the server returned a web page instead of JSON: check TESTOPS_BASE_URL, or whether a proxy or a login page stands in front of TestOps</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>a web page answered instead of TestOps (%1 expected), although TestOps accepted the token at this address: a proxy or a login page stands in between; ask whoever runs it to let %2 through</source>
        <translation>a web page answered instead of TestOps (%1 expected), although TestOps accepted the token at this address: a proxy or a login page stands in between; ask whoever runs it to let %2 through</translation>
    </message>
    <message>
        <source>the server sent its answer encoded as &quot;%1&quot;, which was not asked for (gzip or none)</source>
        <translation>the server sent its answer encoded as &quot;%1&quot;, which was not asked for (gzip or none)</translation>
    </message>
    <message>
        <source>the answer ended inside its gzip stream, after %1 bytes: it was cut short</source>
        <translation>the answer ended inside its gzip stream, after %1 bytes: it was cut short</translation>
    </message>
    <message>
        <source>the connection ended after the %1 of %2 was sent and before TestOps answered: whether TestOps did it is not known</source>
        <translation>the connection ended after the %1 of %2 was sent and before TestOps answered: whether TestOps did it is not known</translation>
    </message>
    <message>
        <source>TestOps could not sign in (its sign-in service failed; the token was not judged): %1</source>
        <translation>TestOps could not sign in (its sign-in service failed; the token was not judged): %1</translation>
    </message>
    <message>
        <source>TestOps cannot be reached to sign in: %1</source>
        <translation>TestOps cannot be reached to sign in: %1</translation>
    </message>
    <message>
        <source>host %1 refused the connection: is TestOps running there, and is the port in TESTOPS_BASE_URL right? (a VPN may be needed to reach it)</source>
        <translation>host %1 refused the connection: is TestOps running there, and is the port in TESTOPS_BASE_URL right? (a VPN may be needed to reach it)</translation>
    </message>
    <message>
        <source>an attachment&apos;s bytes</source>
        <translation>an attachment&apos;s bytes</translation>
    </message>
    <message>
        <source>the server answered %1 where the whole file was expected</source>
        <translation>the server answered %1 where the whole file was expected</translation>
    </message>
</context>
<context>
    <name>TestOpsWrite</name>
    <message>
        <source>%1 does not list these test cases as removed or changed: %2</source>
        <translation>%1 does not list these test cases as removed or changed: %2</translation>
    </message>
    <message>
        <source>Nothing to undo: %1 lists no such change.</source>
        <translation>Nothing to undo: %1 lists no such change.</translation>
    </message>
    <message>
        <source>What was written to TestOps from the comparison of %1 with %2.</source>
        <translation>What was written to TestOps from the comparison of %1 with %2.</translation>
    </message>
    <message>
        <source>What will be written to TestOps to undo the changes between %1 and %2. Nothing is written until you press Write to TestOps.</source>
        <translation>What will be written to TestOps to undo the changes between %1 and %2. Nothing is written until you press Write to TestOps.</translation>
    </message>
    <message>
        <source>A case whose fields are put back is saved as a version in TestOps first.</source>
        <translation>A case whose fields are put back is saved as a version in TestOps first.</translation>
    </message>
    <message>
        <source>shared step %1  %2</source>
        <translation>shared step %1  %2</translation>
    </message>
    <message>
        <source>Nothing to put back: TestOps holds these test cases as snapshot %1 kept them.</source>
        <translation>Nothing to put back: TestOps holds these test cases as snapshot %1 kept them.</translation>
    </message>
    <message>
        <source>What was written to TestOps from snapshot %1.</source>
        <translation>What was written to TestOps from snapshot %1.</translation>
    </message>
    <message>
        <source>What will be written to TestOps to put these test cases back as snapshot %1 kept them. A changed case is saved as a version in TestOps first. Nothing is written until you press Write to TestOps.</source>
        <translation>What will be written to TestOps to put these test cases back as snapshot %1 kept them. A changed case is saved as a version in TestOps first. Nothing is written until you press Write to TestOps.</translation>
    </message>
    <message>
        <source>Create it again (TestOps gives it a new id)</source>
        <translation>Create it again (TestOps gives it a new id)</translation>
    </message>
    <message>
        <source>Restore it, with its id</source>
        <translation>Restore it, with its id</translation>
    </message>
    <message>
        <source>Put back: %1</source>
        <translation>Put back: %1</translation>
    </message>
    <message>
        <source>Left alone: %1</source>
        <translation>Left alone: %1</translation>
    </message>
    <message>
        <source>As kept: nothing to write</source>
        <translation>As kept: nothing to write</translation>
    </message>
    <message>
        <source>Parts: %1</source>
        <translation>Parts: %1</translation>
    </message>
    <message>
        <source>Written and read back: as kept</source>
        <translation>Written and read back: as kept</translation>
    </message>
    <message>
        <source>Written; still differs: %1</source>
        <translation>Written; still differs: %1</translation>
    </message>
    <message>
        <source>not in its group</source>
        <translation>not in its group</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Its new id: %1</source>
        <translation>Its new id: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>the settings changed since it was opened: nothing was written; open it again</source>
        <translation>the settings changed since it was opened: nothing was written; open it again</translation>
    </message>
    <message>
        <source>the settings changed while it was written: the rows marked done were written, the others not; open it again for the rest</source>
        <translation>the settings changed while it was written: the rows marked done were written, the others not; open it again for the rest</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Run export now</source>
        <translation>Run export now</translation>
    </message>
    <message>
        <source>Open exports window</source>
        <translation>Open exports window</translation>
    </message>
    <message>
        <source>Open web page</source>
        <translation>Open web page</translation>
    </message>
    <message>
        <source>Open export folder</source>
        <translation>Open export folder</translation>
    </message>
    <message>
        <source>Pause schedule</source>
        <translation>Pause schedule</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>TestOps Export</source>
        <translation>TestOps Export</translation>
    </message>
    <message>
        <source>Resume schedule</source>
        <translation>Resume schedule</translation>
    </message>
    <message>
        <source>TestOps export failed</source>
        <translation>TestOps export failed</translation>
    </message>
    <message>
        <source>TestOps export done</source>
        <translation>TestOps export done</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <translation>Failed: %1.</translation>
    </message>
    <message>
        <source>Click to retry or open the settings.</source>
        <translation>Click to retry or open the settings.</translation>
    </message>
    <message>
        <source>Test cases removed in TestOps</source>
        <translation>Test cases removed in TestOps</translation>
    </message>
    <message>
        <source>%1: %2 of %3 test cases removed since the previous export.</source>
        <translation>%1: %2 of %3 test cases removed since the previous export.</translation>
    </message>
    <message>
        <source>Click to see which.</source>
        <translation>Click to see which.</translation>
    </message>
    <message>
        <source>Snapshot browser…</source>
        <translation>Snapshot browser…</translation>
    </message>
</context>
<context>
    <name>TreeBrowser</name>
    <message>
        <source>Could not load %1: %2</source>
        <translation>Could not load %1: %2</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Loading projects…</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projects</translation>
    </message>
    <message>
        <source>This token sees no projects.</source>
        <translation>This token sees no projects.</translation>
    </message>
    <message>
        <source>Loading trees…</source>
        <translation>Loading trees…</translation>
    </message>
    <message>
        <source>trees</source>
        <translation>trees</translation>
    </message>
    <message>
        <source>This project has no trees.</source>
        <translation>This project has no trees.</translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation>Loading groups…</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>groups</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>This tree has no groups.</source>
        <translation>This tree has no groups.</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <source>&amp;Groups (tick every group to export)</source>
        <translation>&amp;Groups (tick every group to export)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>Test cases</translation>
    </message>
    <message>
        <source>Tr&amp;ee</source>
        <translation>Tr&amp;ee</translation>
    </message>
    <message numerus="yes">
        <source>%n more group(s) ticked in other projects or trees.</source>
        <translation>
            <numerusform>%n more group ticked in other projects or trees.</numerusform>
            <numerusform>%n more groups ticked in other projects or trees.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TreeBrowserDialog</name>
    <message>
        <source>Choose groups in TestOps</source>
        <translation>Choose groups in TestOps</translation>
    </message>
</context>
<context>
    <name>WebPage</name>
    <message>
        <source>TestOps exports</source>
        <translation>TestOps exports</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Run now</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Total size</source>
        <translation>Total size</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Last export</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Next run</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Last result</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>Test cases</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>No exports yet.</source>
        <translation>No exports yet.</translation>
    </message>
    <message>
        <source>Export started.</source>
        <translation>Export started.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>An export is already running.</translation>
    </message>
    <message>
        <source>The export ended with errors: %1</source>
        <translation>The export ended with errors: %1</translation>
    </message>
    <message>
        <source>Group %1 of %2: %3</source>
        <translation>Group %1 of %2: %3</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>The server cannot be reached.</translation>
    </message>
    <message>
        <source>This page asks for an access key. Ask the person who runs the export app for it.</source>
        <translation>This page asks for an access key. Ask the person who runs the export app for it.</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Access key</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>That key is not right.</source>
        <translation>That key is not right.</translation>
    </message>
    <message>
        <source>Done. New files: %1.</source>
        <translation>Done. New files: %1.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>no changes</translation>
    </message>
    <message>
        <source>first export</source>
        <translation>first export</translation>
    </message>
    <message>
        <source>comparing…</source>
        <translation>comparing…</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>not compared</translation>
    </message>
    <message>
        <source>All exports</source>
        <translation>All exports</translation>
    </message>
    <message>
        <source>Changes in %1</source>
        <translation>Changes in %1</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>Compared with %1</translation>
    </message>
    <message>
        <source>The previous file was deleted, so old texts cannot be shown.</source>
        <translation>The previous file was deleted, so old texts cannot be shown.</translation>
    </message>
    <message>
        <source>Columns added: %1</source>
        <translation>Columns added: %1</translation>
    </message>
    <message>
        <source>Columns removed: %1</source>
        <translation>Columns removed: %1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>This export was not compared: %1</source>
        <translation>This export was not compared: %1</translation>
    </message>
    <message>
        <source>Too many wrong keys came from this address. Try again in %1 s.</source>
        <translation>Too many wrong keys came from this address. Try again in %1 s.</translation>
    </message>
    <message>
        <source>Storage cleanup in TestOps</source>
        <translation>Storage cleanup in TestOps</translation>
    </message>
    <message>
        <source>TestOps deletes the attachments, scenarios and fixtures of closed launches by these rules: for each kind and test status, the earliest delay of a global rule and of the project&apos;s rule applies; a cell without a rule is never deleted. This page only shows them; they are changed in the desktop app or with --cleanup-rules.</source>
        <translation>TestOps deletes the attachments, scenarios and fixtures of closed launches by these rules: for each kind and test status, the earliest delay of a global rule and of the project&apos;s rule applies; a cell without a rule is never deleted. This page only shows them; they are changed in the desktop app or with --cleanup-rules.</translation>
    </message>
    <message>
        <source>Reading the rules from TestOps…</source>
        <translation>Reading the rules from TestOps…</translation>
    </message>
    <message>
        <source>The rules cannot be read: %1</source>
        <translation>The rules cannot be read: %1</translation>
    </message>
    <message>
        <source>The full rule set is in place.</source>
        <translation>The full rule set is in place.</translation>
    </message>
    <message>
        <source>%1 of 15 cells have no rule: those artefacts are never deleted.</source>
        <translation>%1 of 15 cells have no rule: those artefacts are never deleted.</translation>
    </message>
    <message>
        <source>%1 h · global</source>
        <translation>%1 h · global</translation>
    </message>
    <message>
        <source>%1 h · project</source>
        <translation>%1 h · project</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Cleanup rules</source>
        <translation>Cleanup rules</translation>
    </message>
    <message>
        <source>%1 (project %2)</source>
        <translation>%1 (project %2)</translation>
    </message>
    <message>
        <source>Exports run on %1 (leading since %2); this replica serves them.</source>
        <translation>Exports run on %1 (leading since %2); this replica serves them.</translation>
    </message>
    <message>
        <source>No replica leads at the moment; one takes over within seconds.</source>
        <translation>No replica leads at the moment; one takes over within seconds.</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Download %1</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Compared with</translation>
    </message>
    <message>
        <source>%1 (the previous export)</source>
        <translation>%1 (the previous export)</translation>
    </message>
    <message>
        <source>Find by id or name</source>
        <translation>Find by id or name</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed since %4</source>
        <translation>%1 added, %2 removed, %3 changed since %4</translation>
    </message>
    <message>
        <source>No case holds “%1”.</source>
        <translation>No case holds “%1”.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>Open in TestOps</source>
        <translation>Open in TestOps</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Kept: %1</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Every test case whole, as each snapshot kept it: its fields, its steps with expected results and shared steps, its attachments. Pick a case; pick another snapshot to see what changed. Read-only: restoring is done in the desktop app or with --restore-snapshot.</source>
        <translation>Every test case whole, as each snapshot kept it: its fields, its steps with expected results and shared steps, its attachments. Pick a case; pick another snapshot to see what changed. Read-only: restoring is done in the desktop app or with --restore-snapshot.</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>No snapshot is kept yet.</source>
        <translation>No snapshot is kept yet.</translation>
    </message>
    <message>
        <source>%1 test cases</source>
        <translation>%1 test cases</translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>No difference.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>not kept: TestOps did not give its bytes</source>
        <translation>not kept: TestOps did not give its bytes</translation>
    </message>
</context>
<context>
    <name>WebServer</name>
    <message>
        <source>the web view cannot listen on %1:%2: %3</source>
        <translation>the web view cannot listen on %1:%2: %3</translation>
    </message>
    <message>
        <source>Nothing is at %1.</source>
        <translation>Nothing is at %1.</translation>
    </message>
    <message>
        <source>%1 is not allowed here; use %2.</source>
        <translation>%1 is not allowed here; use %2.</translation>
    </message>
    <message>
        <source>An access key is required: send &quot;Authorization: Bearer &lt;key&gt;&quot; or sign in at /login.</source>
        <translation>An access key is required: send &quot;Authorization: Bearer &lt;key&gt;&quot; or sign in at /login.</translation>
    </message>
    <message>
        <source>the export service is not running</source>
        <translation>the export service is not running</translation>
    </message>
    <message>
        <source>page and size must be whole numbers from 1 (size at most 500)</source>
        <translation>page and size must be whole numbers from 1 (size at most 500)</translation>
    </message>
    <message>
        <source>Run now is only accepted from this server&apos;s own page.</source>
        <translation>Run now is only accepted from this server&apos;s own page.</translation>
    </message>
    <message>
        <source>Nothing is here.</source>
        <translation>Nothing is here.</translation>
    </message>
    <message>
        <source>Sign in from this server&apos;s own page.</source>
        <translation>Sign in from this server&apos;s own page.</translation>
    </message>
    <message>
        <source>There is no export named %1.</source>
        <translation>There is no export named %1.</translation>
    </message>
    <message>
        <source>page and size must be whole numbers from 1 (size at most 200)</source>
        <translation>page and size must be whole numbers from 1 (size at most 200)</translation>
    </message>
    <message>
        <source>kind must be added, removed or changed</source>
        <translation>kind must be added, removed or changed</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong access keys came from your address; try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong access keys came from your address; try again in %n second.</numerusform>
            <numerusform>Too many wrong access keys came from your address; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request has no Host header.</source>
        <translation>The request has no Host header.</translation>
    </message>
    <message>
        <source>This server does not answer to the name %1. Open it by its address, or add the name to WEB_ALLOWED_HOSTS.</source>
        <translation>This server does not answer to the name %1. Open it by its address, or add the name to WEB_ALLOWED_HOSTS.</translation>
    </message>
    <message>
        <source>The export cannot be fetched from S3: %1</source>
        <translation>The export cannot be fetched from S3: %1</translation>
    </message>
    <message>
        <source>Ask for /api/snapshots/{snapshot id}/cases/{test case id}.</source>
        <translation>Ask for /api/snapshots/{snapshot id}/cases/{test case id}.</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <source>Welcome to TestOps Export</source>
        <translation>Welcome to TestOps Export</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Step 1 of 3: where is your TestOps?</source>
        <translation>Step 1 of 3: where is your TestOps?</translation>
    </message>
    <message>
        <source>The address you open Allure TestOps at in your browser.</source>
        <translation>The address you open Allure TestOps at in your browser.</translation>
    </message>
    <message>
        <source>This app keeps a copy of your test cases as CSV files, exported from TestOps every day. First, tell it where TestOps is.</source>
        <translation>This app keeps a copy of your test cases as CSV files, exported from TestOps every day. First, tell it where TestOps is.</translation>
    </message>
    <message>
        <source>%1. Expected: %2.</source>
        <translation>%1. Expected: %2.</translation>
    </message>
    <message>
        <source>Step 2 of 3: your API token</source>
        <translation>Step 2 of 3: your API token</translation>
    </message>
    <message>
        <source>In TestOps, open your profile, then API tokens, and create one. Paste it here; the app keeps it in the system keychain.</source>
        <translation>In TestOps, open your profile, then API tokens, and create one. Paste it here; the app keeps it in the system keychain.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>API &amp;token</source>
        <translation>API &amp;token</translation>
    </message>
    <message>
        <source>Step 3 of 3: what to export</source>
        <translation>Step 3 of 3: what to export</translation>
    </message>
    <message>
        <source>Tick the groups of the test case tree to export: each goes to a file of its own, every day at 7:00. You can change all of this later in Settings.</source>
        <translation>Tick the groups of the test case tree to export: each goes to a file of its own, every day at 7:00. You can change all of this later in Settings.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <source>&amp;Run the first export now</source>
        <translation>&amp;Run the first export now</translation>
    </message>
    <message>
        <source>No group chosen yet.</source>
        <translation>No group chosen yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) chosen: %1</source>
        <translation>
            <numerusform>%n group chosen: %1</numerusform>
            <numerusform>%n groups chosen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking TestOps at %1…</source>
        <translation>Asking TestOps at %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: this token sees %n project(s).</source>
        <translation>
            <numerusform>Connected: this token sees %n project.</numerusform>
            <numerusform>Connected: this token sees %n projects.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the files &amp;in</source>
        <translation>Save the files &amp;in</translation>
    </message>
    <message>
        <source>TestOps refused this token (HTTP %1). Copy it again from API tokens in your TestOps profile: a token that was deleted or has expired is refused.</source>
        <translation>TestOps refused this token (HTTP %1). Copy it again from API tokens in your TestOps profile: a token that was deleted or has expired is refused.</translation>
    </message>
    <message>
        <source>No TestOps answered at this address (%1). Go back and check the address.</source>
        <translation>No TestOps answered at this address (%1). Go back and check the address.</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>the address</translation>
    </message>
    <message>
        <source>the token</source>
        <translation>the token</translation>
    </message>
    <message>
        <source>TestOps add&amp;ress</source>
        <translation>TestOps add&amp;ress</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <source>%1 PiB</source>
        <translation>%1 PiB</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>testops-export: project %1 is not a configured project (configured: %2)</source>
        <translation>testops-export: project %1 is not a configured project (configured: %2)</translation>
    </message>
    <message>
        <source>testops-export: the cleanup rules cannot be read: %1</source>
        <translation>testops-export: the cleanup rules cannot be read: %1</translation>
    </message>
    <message>
        <source>The full rule set is in place: nothing to create.</source>
        <translation>The full rule set is in place: nothing to create.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was written. Add --apply to create these %n rule(s).</source>
        <translation>
            <numerusform>Dry run: nothing was written. Add --apply to create this %n rule.</numerusform>
            <numerusform>Dry run: nothing was written. Add --apply to create these %n rules.</numerusform>
        </translation>
    </message>
    <message>
        <source>testops-export: %1 is not in the export folder %2</source>
        <translation>testops-export: %1 is not in the export folder %2</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was written to TestOps. Add --apply to write these %n case(s).</source>
        <translation>
            <numerusform>Dry run: nothing was written to TestOps. Add --apply to write this %n case.</numerusform>
            <numerusform>Dry run: nothing was written to TestOps. Add --apply to write these %n cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>testops-export --help lists the options.</source>
        <translation>testops-export --help lists the options.</translation>
    </message>
    <message>
        <source>The one running takes the snapshots: on its schedule after each export (with SNAPSHOTS on), or from its window when it has one (File → Take a snapshot now). Stop it to take one from here.</source>
        <translation>The one running takes the snapshots: on its schedule after each export (with SNAPSHOTS on), or from its window when it has one (File → Take a snapshot now). Stop it to take one from here.</translation>
    </message>
</context>
</TS>
