<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Alerts</name>
    <message>
        <source>TestOps export of group %1 failed: %2</source>
        <translation>Выгрузка группы %1 из TestOps не удалась: %2</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s); the next scheduled export tries again.</source>
        <translation>
            <numerusform>Сделана %n попытка; следующая выгрузка по расписанию попробует снова.</numerusform>
            <numerusform>Сделано %n попытки; следующая выгрузка по расписанию попробует снова.</numerusform>
            <numerusform>Сделано %n попыток; следующая выгрузка по расписанию попробует снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>TestOps export of group %1 works again</source>
        <translation>Выгрузка группы %1 из TestOps снова работает</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 test cases of group %3 were removed since its previous export</source>
        <translation>Со времени предыдущей выгрузки из группы %3 удалено тест-кейсов: %1 из %2</translation>
    </message>
    <message>
        <source>the last one was made %1 h ago</source>
        <translation>последняя сделана %1 ч назад</translation>
    </message>
    <message>
        <source>there has been none since the app started %1 h ago</source>
        <translation>с запуска приложения %1 ч назад не было ни одной</translation>
    </message>
    <message>
        <source>No good TestOps export of group %1 for longer than %2 h: %3</source>
        <translation>Удачной выгрузки группы %1 из TestOps нет дольше %2 ч: %3</translation>
    </message>
    <message>
        <source>Open the change view</source>
        <translation>Открыть изменения</translation>
    </message>
    <message numerus="yes">
        <source>The verify of the exports found %n export(s) changed, missing or unrecorded</source>
        <translation>
            <numerusform>Проверка выгрузок нашла %n выгрузку изменённой, пропавшей или не записанной в журнал</numerusform>
            <numerusform>Проверка выгрузок нашла %n выгрузки изменёнными, пропавшими или не записанными в журнал</numerusform>
            <numerusform>Проверка выгрузок нашла %n выгрузок изменёнными, пропавшими или не записанными в журнал</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy of %1 to S3 failed after its retries</source>
        <translation>Копия %1 в S3 не удалась после всех повторов</translation>
    </message>
    <message>
        <source>The snapshot of %1 failed after its retries; its CSV exports go on</source>
        <translation>Снимок группы %1 не удался после всех повторов; её CSV-выгрузки продолжаются</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>stopped</source>
        <translation>остановлено</translation>
    </message>
</context>
<context>
    <name>ChangeCasesModel</name>
    <message>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалён</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Изменённые поля</translation>
    </message>
</context>
<context>
    <name>ChangeDetails</name>
    <message>
        <source>%1 has not been compared with the previous export</source>
        <translation>%1 ещё не сравнивался с предыдущей выгрузкой</translation>
    </message>
    <message>
        <source>the kept changes of %1 are unreadable: %2</source>
        <translation>сохранённые изменения %1 не читаются: %2</translation>
    </message>
    <message>
        <source>%1 changed since it was compared: at the place kept for test case %2 it holds %3</source>
        <translation>%1 изменился после сравнения: на месте, запомненном для тест-кейса %2, теперь %3</translation>
    </message>
    <message>
        <source>no test case</source>
        <translation>нет тест-кейса</translation>
    </message>
    <message>
        <source>test case %1</source>
        <translation>тест-кейс %1</translation>
    </message>
    <message>
        <source>%1 is no longer the file that was compared (its SHA-256 differs from the one kept then): it was edited or replaced, so the cases&apos; places in it are not to be trusted</source>
        <translation>%1 — уже не тот файл, который сравнивался (его SHA-256 не совпадает с запомненным тогда): его изменили или заменили, и места тест-кейсов в нём больше не верны</translation>
    </message>
    <message>
        <source>the SHA-256 of %1 as it was compared is not known (the file was not written by this app), so it cannot be proven unchanged</source>
        <translation>SHA-256 файла %1 на момент сравнения неизвестен (файл записан не этим приложением), поэтому нельзя доказать, что он не менялся</translation>
    </message>
</context>
<context>
    <name>ChangeViewDialog</name>
    <message>
        <source>Changes in %1</source>
        <translation>Изменения в %1</translation>
    </message>
    <message>
        <source>%1 is the group&apos;s first export: there is nothing to compare it with.</source>
        <translation>%1 — первая выгрузка группы: сравнивать не с чем.</translation>
    </message>
    <message>
        <source>%1 could not be compared with %2: %3</source>
        <translation>%1 не удалось сравнить с %2: %3</translation>
    </message>
    <message>
        <source>%1 against %2: %3 added, %4 removed, %5 changed.</source>
        <translation>%1 по сравнению с %2: добавлено %3, удалено %4, изменено %5.</translation>
    </message>
    <message>
        <source>The previous file was deleted, so old texts cannot be shown.</source>
        <translation>Предыдущий файл удалён, поэтому прежние тексты показать нельзя.</translation>
    </message>
    <message>
        <source>Columns added: %1</source>
        <translation>Добавлены столбцы: %1</translation>
    </message>
    <message>
        <source>Columns removed: %1</source>
        <translation>Удалены столбцы: %1</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Все (%1)</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Добавленные (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Удалённые (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Изменённые (%1)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Find by id or name</source>
        <translation>Поиск по ID или названию</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>&amp;Restore selected in TestOps…</source>
        <translation>&amp;Восстановить выбранное в TestOps…</translation>
    </message>
    <message>
        <source>Select removed or changed cases (added ones cannot be undone here).</source>
        <translation>Выберите удалённые или изменённые кейсы (добавленные здесь не отменить).</translation>
    </message>
    <message>
        <source>Shows exactly what will be written to TestOps, then asks.</source>
        <translation>Сначала показывает, что именно будет записано в TestOps, и спрашивает.</translation>
    </message>
    <message>
        <source>No case was removed.</source>
        <translation>Удалённых кейсов нет.</translation>
    </message>
    <message>
        <source>Changes in %1, %2</source>
        <translation>Изменения в %1, %2</translation>
    </message>
    <message>
        <source>Open in &amp;TestOps</source>
        <translation>Открыть в &amp;TestOps</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>Compared &amp;with</source>
        <translation>Сравнить &amp;с</translation>
    </message>
    <message>
        <source>Save re&amp;port…</source>
        <translation>Сохранить &amp;отчёт…</translation>
    </message>
    <message>
        <source>The list of changes as a CSV file or an HTML page (by the name&apos;s ending)</source>
        <translation>Список изменений файлом CSV или страницей HTML (по окончанию имени)</translation>
    </message>
    <message>
        <source>%1 (the previous export)</source>
        <translation>%1 (предыдущая выгрузка)</translation>
    </message>
    <message>
        <source>Comparing with the export of %1…</source>
        <translation>Сравнение с выгрузкой от %1…</translation>
    </message>
    <message>
        <source>There is no comparison to save.</source>
        <translation>Нечего сохранять: сравнения нет.</translation>
    </message>
    <message>
        <source>change</source>
        <translation>изменение</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>link</source>
        <translation>ссылка</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Restore all re&amp;moved in TestOps…</source>
        <translation>Восстановить все &amp;удалённые в TestOps…</translation>
    </message>
    <message>
        <source>Restoring works on the comparison with the previous export.</source>
        <translation>Восстановление работает по сравнению с предыдущей выгрузкой.</translation>
    </message>
    <message>
        <source>Restore in TestOps</source>
        <translation>Восстановление в TestOps</translation>
    </message>
    <message>
        <source>HTML page (*.html);;CSV file (*.csv)</source>
        <translation>Страница HTML (*.html);;Файл CSV (*.csv)</translation>
    </message>
    <message>
        <source>field</source>
        <translation>поле</translation>
    </message>
    <message>
        <source>before</source>
        <translation>было</translation>
    </message>
    <message>
        <source>now</source>
        <translation>стало</translation>
    </message>
    <message>
        <source>Fields: before → now</source>
        <translation>Поля: было → стало</translation>
    </message>
    <message>
        <source>From the previous export&apos;s CSV: removed cases come back, changed fields are put back (no snapshot of that day holds these cases).</source>
        <translation>Из CSV предыдущей выгрузки: удалённые кейсы возвращаются, изменённые поля ставятся обратно (ни один снимок того дня не содержит эти кейсы).</translation>
    </message>
    <message>
        <source>From snapshot %1 of that day: each case whole, with its steps, attachments and custom fields.</source>
        <translation>Из снимка %1 того дня: каждый кейс целиком, с шагами, вложениями и пользовательскими полями.</translation>
    </message>
    <message>
        <source>What will be written to TestOps to undo the changes between %1 and %2, from snapshot %3 of that day: each case whole (steps, attachments, custom fields). A changed case is saved as a version in TestOps first. Nothing is written until you press Write to TestOps.</source>
        <translation>Что будет записано в TestOps, чтобы отменить изменения между %1 и %2, из снимка %3 того дня: каждый кейс целиком (шаги, вложения, пользовательские поля). Изменённый кейс сначала сохраняется как версия в TestOps. Ничего не записывается, пока вы не нажмёте «Записать в TestOps».</translation>
    </message>
</context>
<context>
    <name>Cleanup</name>
    <message>
        <source>attachments</source>
        <translation>вложения</translation>
    </message>
    <message>
        <source>scenarios</source>
        <translation>сценарии</translation>
    </message>
    <message>
        <source>fixtures</source>
        <translation>фикстуры</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>успешных</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>упавших</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>сломанных</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущенных</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестных</translation>
    </message>
    <message>
        <source>%1 of %2 tests</source>
        <translation>%1 %2 тестов</translation>
    </message>
</context>
<context>
    <name>CleanupDialog</name>
    <message>
        <source>&amp;Complete the rule set…</source>
        <translation>&amp;Дополнить набор правил…</translation>
    </message>
    <message>
        <source>C&amp;hange the delay of the selected rule</source>
        <translation>&amp;Изменить задержку выбранного правила</translation>
    </message>
    <message>
        <source>&amp;Delete the selected rule…</source>
        <translation>&amp;Удалить выбранное правило…</translation>
    </message>
    <message>
        <source>&amp;Run cleanup now</source>
        <translation>&amp;Запустить очистку сейчас</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Пере&amp;читать</translation>
    </message>
    <message>
        <source>Storage cleanup in TestOps</source>
        <translation>Очистка хранилища в TestOps</translation>
    </message>
    <message>
        <source>TestOps deletes the attachments, scenarios and fixtures of closed launches by these rules: for each kind and test status, the earliest delay of a global rule and of the project&apos;s rule applies; a cell without a rule is never deleted.</source>
        <translation>TestOps удаляет вложения, сценарии и фикстуры закрытых запусков по этим правилам: для каждого вида и статуса теста действует меньшая из задержек глобального правила и правила проекта; то, для чего правила нет, не удаляется никогда.</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Проект:</translation>
    </message>
    <message>
        <source>Cleanup rules by artefact and test status</source>
        <translation>Правила очистки по видам артефактов и статусам тестов</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>D&amp;elay of new or changed rules:</source>
        <translation>З&amp;адержка новых или изменённых правил:</translation>
    </message>
    <message>
        <source>Collect by project rules…</source>
        <translation>Собрать по правилам проектов…</translation>
    </message>
    <message>
        <source>Collect by global rules…</source>
        <translation>Собрать по глобальным правилам…</translation>
    </message>
    <message>
        <source>Delete what was collected…</source>
        <translation>Удалить собранное…</translation>
    </message>
    <message>
        <source>What was created, changed or refused appears here.</source>
        <translation>Здесь появится, что создано, изменено или отклонено.</translation>
    </message>
    <message>
        <source>%1 (project %2)</source>
        <translation>%1 (проект %2)</translation>
    </message>
    <message>
        <source>Reading the rules from TestOps…</source>
        <translation>Читаем правила из TestOps…</translation>
    </message>
    <message>
        <source>The rules cannot be read: %1</source>
        <translation>Правила не прочитать: %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>нет правила</translation>
    </message>
    <message>
        <source>%1 h · project</source>
        <translation>%1 ч · проект</translation>
    </message>
    <message>
        <source>%1 h · global</source>
        <translation>%1 ч · глобальное</translation>
    </message>
    <message>
        <source>Global rule: %1. Rule of the project: %2.</source>
        <translation>Глобальное правило: %1. Правило проекта: %2.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The project has %1 rules for this cell.</source>
        <translation>У проекта %1 правил(а) для этой клетки.</translation>
    </message>
    <message>
        <source>No project is configured.</source>
        <translation>Ни один проект не настроен.</translation>
    </message>
    <message>
        <source>The rules of this project cannot be read: %1</source>
        <translation>Правила этого проекта не прочитать: %1</translation>
    </message>
    <message>
        <source>The full rule set is in place: all 15 cells are covered.</source>
        <translation>Полный набор правил на месте: все 15 клеток покрыты.</translation>
    </message>
    <message>
        <source>%1 of 15 cells have no rule: those artefacts are never deleted.</source>
        <translation>В %1 из 15 клеток нет правила: эти артефакты не удаляются никогда.</translation>
    </message>
    <message>
        <source>Your TestOps user is not the owner of this project (permission project:configure): TestOps would refuse.</source>
        <translation>Ваш пользователь TestOps не владелец этого проекта (право project:configure): TestOps откажет.</translation>
    </message>
    <message>
        <source>Every cell has a rule already.</source>
        <translation>Правило уже есть в каждой клетке.</translation>
    </message>
    <message>
        <source>Creates a rule of the project for each cell without one, after showing them.</source>
        <translation>Создаёт правило проекта для каждой клетки без правила, сначала показав их.</translation>
    </message>
    <message>
        <source>Select a cell that has a rule of the project; global rules belong to the administrators.</source>
        <translation>Выберите клетку с правилом проекта; глобальные правила — дело администраторов.</translation>
    </message>
    <message>
        <source>Starts TestOps&apos; cleanup now instead of at 02:00 and 02:30, for the whole instance (administrators).</source>
        <translation>Запускает очистку TestOps сейчас, а не в 02:00 и 02:30, для всего экземпляра (администраторы).</translation>
    </message>
    <message>
        <source>The full rule set is in place: nothing to create.</source>
        <translation>Полный набор правил на месте: создавать нечего.</translation>
    </message>
    <message>
        <source>Delete rule %1 of the project? Without a rule, those artefacts are no longer deleted (unless a global rule covers them).</source>
        <translation>Удалить правило %1 проекта? Без правила эти артефакты больше не удаляются (если их не покрывает глобальное правило).</translation>
    </message>
    <message>
        <source>TestOps&apos; cleanup runs by itself at 02:00 (collection) and 02:30 (deletion). Started now, it runs for the whole TestOps instance, not only this project, deletes artefacts for good and loads the blob storage; TestOps only lets administrators start it.

Start it now?</source>
        <translation>Очистка TestOps запускается сама в 02:00 (сбор) и 02:30 (удаление). Запущенная сейчас, она пройдёт по всему экземпляру TestOps, а не только по этому проекту, удалит артефакты безвозвратно и нагрузит хранилище; запускать её TestOps позволяет только администраторам.

Запустить сейчас?</translation>
    </message>
    <message>
        <source>What was written to TestOps.</source>
        <translation>Что записано в TestOps.</translation>
    </message>
    <message>
        <source>Create these %1 rule(s) in project &quot;%2&quot;, deleting after %3 h? Nothing is written until you press Write to TestOps; the rules are read again first, so none is created twice.</source>
        <translation>Создать эти правила (%1) в проекте «%2» с удалением через %3 ч? Ничего не записывается, пока вы не нажмёте «Записать в TestOps»; перед записью правила перечитываются, так что ни одно не создаётся дважды.</translation>
    </message>
    <message>
        <source>Complete the rule set</source>
        <translation>Дополнение набора правил</translation>
    </message>
</context>
<context>
    <name>CleanupSession</name>
    <message>
        <source>TestOps refused (HTTP 403): %1</source>
        <translation>TestOps отказал (HTTP 403): %1</translation>
    </message>
    <message>
        <source>TestOps refused (HTTP 403): global cleanup rules need the administrator role</source>
        <translation>TestOps отказал (HTTP 403): глобальные правила очистки может менять только администратор</translation>
    </message>
    <message>
        <source>TestOps refused (HTTP 403): a project&apos;s cleanup rules need the project owner role (permission project:configure)</source>
        <translation>TestOps отказал (HTTP 403): правила очистки проекта может менять только владелец проекта (право project:configure)</translation>
    </message>
    <message>
        <source>the global rules cannot be read: %1</source>
        <translation>глобальные правила не прочитать: %1</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Проект %1</translation>
    </message>
    <message>
        <source>project %1 is not in TestOps (HTTP 404)</source>
        <translation>проекта %1 нет в TestOps (HTTP 404)</translation>
    </message>
    <message>
        <source>global rule %1 (%2 h)</source>
        <translation>глобальное правило %1 (%2 ч)</translation>
    </message>
    <message>
        <source>a rule of the project (%1 h)</source>
        <translation>правило проекта (%1 ч)</translation>
    </message>
    <message>
        <source>a global rule (%1 h)</source>
        <translation>глобальное правило (%1 ч)</translation>
    </message>
    <message>
        <source>project %1 is not configured</source>
        <translation>проект %1 не настроен</translation>
    </message>
    <message>
        <source>TestOps accepted it, but it is not among the rules read again</source>
        <translation>TestOps принял его, но при повторном чтении правила нет</translation>
    </message>
    <message>
        <source>rule %1 now deletes after %2 h</source>
        <translation>правило %1 теперь удаляет через %2 ч</translation>
    </message>
    <message>
        <source>rule %1 deleted</source>
        <translation>правило %1 удалено</translation>
    </message>
    <message>
        <source>the collection by project rules</source>
        <translation>сбор по правилам проектов</translation>
    </message>
    <message>
        <source>the collection by global rules</source>
        <translation>сбор по глобальным правилам</translation>
    </message>
    <message>
        <source>the deletion of what was collected</source>
        <translation>удаление собранного</translation>
    </message>
    <message>
        <source>TestOps started %1</source>
        <translation>TestOps запустил %1</translation>
    </message>
    <message>
        <source>%1 was not started: %2</source>
        <translation>не запущено (%1): %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>проект %1</translation>
    </message>
    <message>
        <source>global</source>
        <translation>глобальное</translation>
    </message>
    <message>
        <source>P</source>
        <comment>project rule</comment>
        <translation>П</translation>
    </message>
    <message>
        <source>G</source>
        <comment>global rule</comment>
        <translation>Г</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 ч %2</translation>
    </message>
    <message>
        <source>The launch auto-close settings cannot be read; cleanup only touches closed launches.</source>
        <translation>Настройки автозакрытия запусков не прочитать; очистка касается только закрытых запусков.</translation>
    </message>
    <message>
        <source>Launches are not closed automatically: cleanup never touches a launch until someone closes it.</source>
        <translation>Запуски не закрываются автоматически: очистка не тронет запуск, пока его кто-нибудь не закроет.</translation>
    </message>
    <message>
        <source>Launches close %1 after they finish; cleanup only touches closed launches.</source>
        <translation>Запуски закрываются через %1 после завершения; очистка касается только закрытых запусков.</translation>
    </message>
    <message>
        <source>Project %1 &quot;%2&quot;: %3 of %4 covered, %5 missing</source>
        <translation>Проект %1 «%2»: покрыто %3 из %4, не хватает %5</translation>
    </message>
    <message>
        <source>  the project&apos;s rules cannot be read: %1</source>
        <translation>  правила проекта не прочитать: %1</translation>
    </message>
    <message>
        <source>  G: a global rule applies, P: the project&apos;s rule (the earliest delay wins), —: no rule, never deleted</source>
        <translation>  Г: действует глобальное правило, П: правило проекта (побеждает меньшая задержка), —: правила нет, не удаляется никогда</translation>
    </message>
    <message>
        <source>CREATED  %1  %2 h  %3 (rule %4)</source>
        <translation>СОЗДАНО  %1  %2 ч  %3 (правило %4)</translation>
    </message>
    <message>
        <source>EXISTS   %1  %2: already covered by %3</source>
        <translation>ЕСТЬ     %1  %2: уже покрыто: %3</translation>
    </message>
    <message>
        <source>REFUSED  %1  %2: %3</source>
        <translation>ОТКАЗ    %1  %2: %3</translation>
    </message>
    <message>
        <source>WOULD CREATE  %1  %2 h  %3</source>
        <translation>БУДЕТ СОЗДАНО  %1  %2 ч  %3</translation>
    </message>
    <message>
        <source>the answer was lost; the rules read again have it (%1)</source>
        <translation>ответ потерялся; в перечитанных правилах оно есть (%1)</translation>
    </message>
    <message>
        <source>not created: the answer was lost, and the rules read again do not have it</source>
        <translation>не создано: ответ потерялся, и в перечитанных правилах его нет</translation>
    </message>
    <message>
        <source>not known whether it was created: the answer was lost, and the rules cannot be read again (%1)</source>
        <translation>неизвестно, создано ли: ответ потерялся, а правила не удаётся перечитать (%1)</translation>
    </message>
    <message>
        <source>not tried: TestOps refused the rule before it</source>
        <translation>не отправлялось: TestOps отказал в правиле перед ним</translation>
    </message>
    <message>
        <source>CREATED  %1  %2 h  %3: %4</source>
        <translation>СОЗДАНО  %1  %2 ч  %3: %4</translation>
    </message>
    <message>
        <source>NOT TRIED  %1  %2: %3</source>
        <translation>НЕ ПОСЛАНО  %1  %2: %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Create a rule: delete them %1 h after the launch closes</source>
        <translation>Создать правило: удалять их через %1 ч после закрытия запуска</translation>
    </message>
    <message>
        <source>Created (rule %1)</source>
        <translation>Создано (правило %1)</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Создано: %1</translation>
    </message>
    <message>
        <source>Left alone: already covered by %1</source>
        <translation>Не тронуто: уже покрыто: %1</translation>
    </message>
    <message>
        <source>Not tried: %1</source>
        <translation>Не отправлялось: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Отказано: %1</translation>
    </message>
    <message>
        <source>not tried: the rules cannot be read again (%1)</source>
        <translation>не отправлялось: правила не удаётся перечитать (%1)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Exports the test cases of Allure TestOps tree groups to CSV files on a schedule.
Without options it starts the desktop app in the system tray.</source>
        <translation>Выгружает тест-кейсы групп дерева Allure TestOps в CSV-файлы по расписанию.
Без параметров запускает приложение в системном трее.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>Run as a service without a window: schedule and web view; logs to stderr.</source>
        <translation>Работать как служба без окна: расписание и веб-страница; журнал в stderr.</translation>
    </message>
    <message>
        <source>Export every group once and exit: 0 all succeeded, 1 some failed, 2 bad configuration.</source>
        <translation>Выгрузить все группы один раз и выйти: 0 — все успешно, 1 — часть не удалась, 2 — ошибка в настройках.</translation>
    </message>
    <message>
        <source>Check the configuration and the connection to TestOps, then exit.</source>
        <translation>Проверить настройки и подключение к TestOps и выйти.</translation>
    </message>
    <message>
        <source>Read settings from FILE instead of the per-user settings file.</source>
        <translation>Читать настройки из ФАЙЛА вместо файла настроек пользователя.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Override one setting, e.g. --set WEB_PORT=9191 (repeatable).</source>
        <translation>Переопределить одну настройку, например --set WEB_PORT=9191 (можно повторять).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>ИМЯ=ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>List every setting with its default and meaning.</source>
        <translation>Перечислить все настройки со значениями по умолчанию и описанием.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>лишний аргумент: %1</translation>
    </message>
    <message>
        <source>--set wants NAME=VALUE, got &quot;%1&quot;</source>
        <translation>--set ожидает ИМЯ=ЗНАЧЕНИЕ, получено «%1»</translation>
    </message>
    <message>
        <source>Settings (later sources win: defaults &lt; settings file &lt; .env &lt; environment &lt; --set):
</source>
        <translation>Настройки (последующий источник важнее: умолчания &lt; файл настроек &lt; .env &lt; окружение &lt; --set):
</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>По умолчанию: %1</translation>
    </message>
    <message>
        <source>none (required)</source>
        <translation>нет (обязательно)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Ожидается: %1</translation>
    </message>
    <message>
        <source>Show the TestOps storage cleanup rules of every configured project and exit: 0 the full set (3 targets x 5 statuses) is covered, 1 rules are missing, 3 TestOps cannot be read.</source>
        <translation>Показать правила очистки хранилища TestOps для каждого настроенного проекта и выйти: 0 — полный набор (3 цели x 5 статусов) покрыт, 1 — правил не хватает, 3 — TestOps не прочитать.</translation>
    </message>
    <message>
        <source>With --cleanup-rules: the delay of the rules to create, in hours (default 48).</source>
        <translation>С --cleanup-rules: задержка создаваемых правил в часах (по умолчанию 48).</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>ЧАСЫ</translation>
    </message>
    <message>
        <source>With --cleanup-rules: create global rules (administrators) instead of rules of each project.</source>
        <translation>С --cleanup-rules: создать глобальные правила (для администраторов) вместо правил каждого проекта.</translation>
    </message>
    <message>
        <source>With --cleanup-rules: only this configured project.</source>
        <translation>С --cleanup-rules: только этот настроенный проект.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--%1 goes with --cleanup-rules</source>
        <translation>--%1 используется вместе с --cleanup-rules</translation>
    </message>
    <message>
        <source>--delay wants a positive whole number of hours up to %1, e.g. 48; got &quot;%2&quot;</source>
        <translation>--delay ждёт целое положительное число часов до %1, например 48; получено «%2»</translation>
    </message>
    <message>
        <source>--project wants a project id (a positive number); got &quot;%1&quot;</source>
        <translation>--project ждёт id проекта (положительное число); получено «%1»</translation>
    </message>
    <message>
        <source>Undo in TestOps what changed in the export FILE since the previous one: restore removed test cases, put edited fields back. A dry run that prints the plan unless --apply; exit 0 done, 1 some case failed, 2 bad arguments, 3 TestOps cannot be read.</source>
        <translation>Отменить в TestOps то, что изменилось в выгрузке FILE с предыдущей: восстановить удалённые тест-кейсы, вернуть изменённые поля. Без --apply — пробный запуск, печатающий план; код выхода 0 — сделано, 1 — какой-то кейс не удался, 2 — неверные аргументы, 3 — TestOps не прочитать.</translation>
    </message>
    <message>
        <source>ID,…</source>
        <translation>ID,…</translation>
    </message>
    <message>
        <source>choose one of --cases, --removed and --changed</source>
        <translation>выберите одно из --cases, --removed и --changed</translation>
    </message>
    <message>
        <source>--cases wants test case ids (allure_id) separated by commas; &quot;%1&quot; is not one</source>
        <translation>--cases ждёт id тест-кейсов (allure_id) через запятую; «%1» — не id</translation>
    </message>
    <message>
        <source>--cases wants at least one test case id</source>
        <translation>--cases ждёт хотя бы один id тест-кейса</translation>
    </message>
    <message>
        <source>Read every export of the folder again and compare it with the SHA-256 the journal recorded, then exit: 0 all intact, 1 some changed, missing or unrecorded.</source>
        <translation>Перечитать каждую выгрузку в папке и сравнить её с SHA-256, записанным в журнале, затем выйти: 0 — все целы, 1 — какие-то изменены, пропали или не записаны в журнал.</translation>
    </message>
    <message>
        <source>Take a snapshot of every group (or of the GROUPs named after it) now and exit: every test case whole, with steps and attachments. 0 all done, 1 a group failed, 3 TestOps cannot be read.</source>
        <translation>Сделать снимок каждой группы (или групп GROUP, названных после параметра) сейчас и выйти: каждый тест-кейс целиком, с шагами и вложениями. 0 — всё сделано, 1 — группа не удалась, 3 — TestOps недоступен.</translation>
    </message>
    <message>
        <source>With --snapshot-now: read every case again, not only those with a new modification date.</source>
        <translation>С --snapshot-now: прочитать заново все тест-кейсы, а не только те, у которых новая дата изменения.</translation>
    </message>
    <message>
        <source>List the kept snapshots (of the GROUP named after it) and exit.</source>
        <translation>Показать хранимые снимки (группы GROUP, если она названа) и выйти.</translation>
    </message>
    <message>
        <source>With --snapshots and --show-case: print JSON.</source>
        <translation>С --snapshots и --show-case: вывести JSON.</translation>
    </message>
    <message>
        <source>Show a test case as the newest snapshot (or --at) kept it: fields, steps, attachments.</source>
        <translation>Показать тест-кейс таким, каким его сохранил последний снимок (или --at): поля, шаги, вложения.</translation>
    </message>
    <message>
        <source>With --show-case: the snapshot (an id of --snapshots, or a date yyyy-MM-dd).</source>
        <translation>С --show-case: снимок (id из --snapshots или дата yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>SNAPSHOT</source>
        <translation>СНИМОК</translation>
    </message>
    <message>
        <source>Write the snapshot ID into the folder named after it as plain files (case.json and the attachments of each case).</source>
        <translation>Записать снимок ID в папку, названную после него, обычными файлами (case.json и вложения каждого тест-кейса).</translation>
    </message>
    <message>
        <source>--extract-snapshot wants an id and a folder: --extract-snapshot ID DIR</source>
        <translation>--extract-snapshot ждёт id и папку: --extract-snapshot ID DIR</translation>
    </message>
    <message>
        <source>--show-case wants a test case id; got &quot;%1&quot;</source>
        <translation>--show-case ждёт id тест-кейса; получено «%1»</translation>
    </message>
    <message>
        <source>--%1 goes with %2</source>
        <translation>--%1 используется вместе с %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>With --verify: read the snapshots in the S3 bucket back too, every object downloaded and checked.</source>
        <translation>С --verify: прочитать и снимки в бакете S3, скачав и проверив каждый объект.</translation>
    </message>
    <message>
        <source>Put test cases back in TestOps whole, as snapshot ID kept them: gone ones created again, soft-deleted ones restored, changed parts written back, each read back and compared. A dry run that prints the plan unless --apply is given.</source>
        <translation>Вернуть тест-кейсы в TestOps целиком, какими их сохранил снимок ID: исчезнувшие создаются заново, мягко удалённые восстанавливаются, изменённые части записываются обратно, каждый кейс перечитывается и сверяется. Без --apply — пробный прогон, печатающий план.</translation>
    </message>
    <message>
        <source>--%1 goes with --restore or --restore-snapshot</source>
        <translation>--%1 используется с --restore или --restore-snapshot</translation>
    </message>
    <message>
        <source>--apply goes with --cleanup-rules, --restore or --restore-snapshot</source>
        <translation>--apply используется с --cleanup-rules, --restore или --restore-snapshot</translation>
    </message>
    <message>
        <source>Compare test case ID as two snapshots kept it (--from and --to: a snapshot&apos;s id or a date) and exit: 0 the same, 1 different, 2 not found.</source>
        <translation>Сравнить тест-кейс ID, каким его сохранили два снимка (--from и --to: id снимка или дата), и выйти: 0 одинаковы, 1 различаются, 2 не найдено.</translation>
    </message>
    <message>
        <source>With --diff-case: the earlier snapshot.</source>
        <translation>С --diff-case: более ранний снимок.</translation>
    </message>
    <message>
        <source>With --diff-case: the later snapshot.</source>
        <translation>С --diff-case: более поздний снимок.</translation>
    </message>
    <message>
        <source>--diff-case wants a test case id; got &quot;%1&quot;</source>
        <translation>--diff-case ждёт id тест-кейса; получено «%1»</translation>
    </message>
    <message>
        <source>--diff-case wants both --from SNAPSHOT and --to SNAPSHOT</source>
        <translation>--diff-case ждёт и --from SNAPSHOT, и --to SNAPSHOT</translation>
    </message>
    <message>
        <source>choose one of --headless, --export-now, --check, --verify, --snapshot-now, --snapshots, --show-case, --diff-case, --extract-snapshot, --cleanup-rules, --restore and --restore-snapshot</source>
        <translation>выберите что-то одно: --headless, --export-now, --check, --verify, --snapshot-now, --snapshots, --show-case, --diff-case, --extract-snapshot, --cleanup-rules, --restore или --restore-snapshot</translation>
    </message>
    <message>
        <source>With --restore-snapshot: create the test cases in project ID instead (its custom field values, workflows and layers matched by name).</source>
        <translation>С --restore-snapshot: создать тест-кейсы в проекте ID (значения пользовательских полей, workflow и слои сопоставляются по имени).</translation>
    </message>
    <message>
        <source>--to-project wants a project id (a number above 0); &quot;%1&quot; is not one</source>
        <translation>--to-project ждёт id проекта (число больше 0); «%1» им не является</translation>
    </message>
    <message>
        <source>With --restore-snapshot: also put back the test cases changed in TestOps after the newest snapshot (otherwise left alone as conflicts).</source>
        <translation>С --restore-snapshot: вернуть и тест-кейсы, изменённые в TestOps после самого нового снимка (иначе они остаются как конфликты).</translation>
    </message>
    <message>
        <source>With --restore-snapshot: the group whose snapshot ID names (when ID is a day, yyyy-MM-dd).</source>
        <translation>С --restore-snapshot: группа, чей снимок задаёт ID (когда ID — день, yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>ГРУППА</translation>
    </message>
    <message>
        <source>With --cleanup-rules, --restore or --restore-snapshot: write to TestOps (without it, only say what it would write).</source>
        <translation>С --cleanup-rules, --restore или --restore-snapshot: записать в TestOps (без него только сказать, что было бы записано).</translation>
    </message>
    <message>
        <source>With --restore or --restore-snapshot: only these test cases (allure_id).</source>
        <translation>С --restore или --restore-snapshot: только эти тест-кейсы (allure_id).</translation>
    </message>
    <message>
        <source>With --restore or --restore-snapshot: only the removed test cases.</source>
        <translation>С --restore или --restore-snapshot: только удалённые тест-кейсы.</translation>
    </message>
    <message>
        <source>With --restore or --restore-snapshot: only the changed test cases.</source>
        <translation>С --restore или --restore-snapshot: только изменённые тест-кейсы.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>connection to %1: %2</source>
        <translation>подключение к %1: %2</translation>
    </message>
    <message>
        <source>connected to %1; the token is accepted (user %2)</source>
        <translation>подключение к %1 установлено; токен принят (пользователь %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <source>project %1: %2</source>
        <translation>проект %1: %2</translation>
    </message>
    <message>
        <source>project %1 (%2) is accessible</source>
        <translation>проект %1 (%2) доступен</translation>
    </message>
    <message>
        <source>group %1 (project %2, tree %3, group %4)</source>
        <translation>группа %1 (проект %2, дерево %3, группа %4)</translation>
    </message>
    <message>
        <source>%1 holds no test cases: is the group id still right?</source>
        <translation>%1 не содержит тест-кейсов: верен ли ещё идентификатор группы?</translation>
    </message>
    <message>
        <source>%1 holds %2 test cases</source>
        <translation>%1: тест-кейсов — %2</translation>
    </message>
</context>
<context>
    <name>CronExpression</name>
    <message>
        <source>minute</source>
        <translation>минута</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>час</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>день месяца</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>день недели</translation>
    </message>
    <message>
        <source>%1 is outside %2-%3</source>
        <translation>%1 вне диапазона %2–%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number%2</source>
        <translation>«%1» — не число%2</translation>
    </message>
    <message>
        <source> or a name such as %1</source>
        <translation> и не название вроде %1</translation>
    </message>
    <message>
        <source>empty item in &quot;%1&quot;</source>
        <translation>пустой элемент в «%1»</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; must be a whole number of at least 1</source>
        <translation>шаг «%1» должен быть целым числом не меньше 1</translation>
    </message>
    <message>
        <source>range %1 runs backwards</source>
        <translation>диапазон %1 идёт в обратную сторону</translation>
    </message>
    <message>
        <source>unknown macro &quot;%1&quot;; known: @yearly, @monthly, @weekly, @daily, @hourly</source>
        <translation>неизвестный макрос «%1»; известны: @yearly, @monthly, @weekly, @daily, @hourly</translation>
    </message>
    <message>
        <source>five fields expected (minute hour day-of-month month day-of-week), found: %1</source>
        <translation>ожидается пять полей (минута час день-месяца месяц день-недели), найдено: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the day of month never occurs in the chosen months</source>
        <translation>такого дня месяца нет в выбранных месяцах</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>reading failed: %1</source>
        <translation>ошибка чтения: %1</translation>
    </message>
    <message>
        <source>a quoted cell opened on line %1 is not closed</source>
        <translation>ячейка в кавычках, открытая в строке %1, не закрыта</translation>
    </message>
</context>
<context>
    <name>CsvRowCounter</name>
    <message>
        <source>it ends inside a quoted cell of row %1</source>
        <translation>он обрывается внутри ячейки в кавычках в строке %1</translation>
    </message>
    <message>
        <source>its last row (%1) has %2 of the header&apos;s %3 cells</source>
        <translation>в его последней строке (%1) %2 ячеек из %3 в заголовке</translation>
    </message>
</context>
<context>
    <name>CsvTableModel</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>API token</source>
        <translation>API-токен</translation>
    </message>
    <message>
        <source>No keychain answered (%1), so the token is kept in %2, readable only by you.</source>
        <translation>Связка ключей не ответила (%1), поэтому токен сохранён в %2, доступном для чтения только вам.</translation>
    </message>
    <message>
        <source>&amp;All settings…</source>
        <translation>Все настро&amp;йки…</translation>
    </message>
    <message>
        <source>not connected to TestOps yet: Help → Welcome connects it in three steps, or File → Settings…</source>
        <translation>нет подключения к TestOps: «Справка → Добро пожаловать» подключит его в три шага, или «Файл → Настройки…»</translation>
    </message>
    <message>
        <source>the settings need a look (File → Settings…): %1</source>
        <translation>настройки требуют внимания («Файл → Настройки…»): %1</translation>
    </message>
</context>
<context>
    <name>DotEnv</name>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>expected KEY=VALUE, found &quot;%1&quot;</source>
        <translation>ожидалось КЛЮЧ=ЗНАЧЕНИЕ, найдено «%1»</translation>
    </message>
    <message>
        <source>expected &quot;=&quot; after %1</source>
        <translation>после %1 ожидался знак «=»</translation>
    </message>
    <message>
        <source>unexpected text after the quoted value of %1</source>
        <translation>лишний текст после значения %1 в кавычках</translation>
    </message>
    <message>
        <source>line %1: the value of %2 opens a quote (%3) that is never closed</source>
        <translation>строка %1: значение %2 открывает кавычку (%3), которая нигде не закрыта</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportComparison</name>
    <message numerus="yes">
        <source>%n row(s) with a different number of cells than the header (the first on line %1)</source>
        <translation>
            <numerusform>%n строка с другим числом ячеек, чем в заголовке (первая — в строке %1)</numerusform>
            <numerusform>%n строки с другим числом ячеек, чем в заголовке (первая — в строке %1)</numerusform>
            <numerusform>%n строк с другим числом ячеек, чем в заголовке (первая — в строке %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat an allure_id of an earlier row</source>
        <translation>
            <numerusform>%n строка повторяет allure_id более ранней строки</numerusform>
            <numerusform>%n строки повторяют allure_id более ранних строк</numerusform>
            <numerusform>%n строк повторяют allure_id более ранних строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without an allure_id</source>
        <translation>
            <numerusform>%n строка без allure_id</numerusform>
            <numerusform>%n строки без allure_id</numerusform>
            <numerusform>%n строк без allure_id</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>cannot read the previous export %1: %2</source>
        <translation>не удаётся прочитать предыдущую выгрузку %1: %2</translation>
    </message>
    <message>
        <source>no allure_id column to match test cases by</source>
        <translation>нет столбца allure_id, по которому сопоставляются тест-кейсы</translation>
    </message>
    <message>
        <source>%1 has no record at byte %2</source>
        <translation>в %1 нет записи на байте %2</translation>
    </message>
</context>
<context>
    <name>ExportFileStore</name>
    <message>
        <source>the export folder %1 cannot be created</source>
        <translation>не удаётся создать папку выгрузок %1</translation>
    </message>
    <message>
        <source>the export folder %1 is not writable: %2</source>
        <translation>в папку выгрузок %1 нельзя записывать: %2</translation>
    </message>
</context>
<context>
    <name>ExportFront</name>
    <message>
        <source>No groups are configured</source>
        <translation>Группы не настроены</translation>
    </message>
    <message>
        <source>Retry the failed groups now</source>
        <translation>Повторить неудавшиеся группы сейчас</translation>
    </message>
    <message>
        <source>An export is already running</source>
        <translation>Выгрузка уже идёт</translation>
    </message>
    <message>
        <source>the export service is not running</source>
        <translation>служба выгрузки не работает</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s)</source>
        <translation>
            <numerusform>%n тест-кейс</numerusform>
            <numerusform>%n тест-кейса</numerusform>
            <numerusform>%n тест-кейсов</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>внимание: %1</translation>
    </message>
    <message>
        <source>comparing…</source>
        <translation>сравнение…</translation>
    </message>
    <message>
        <source>first export</source>
        <translation>первая выгрузка</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>не сравнивался</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>no changes (identical to the previous export, not kept)</source>
        <translation>без изменений (совпадает с предыдущей выгрузкой, не сохранена)</translation>
    </message>
    <message>
        <source>Export started</source>
        <translation>Выгрузка запущена</translation>
    </message>
    <message>
        <source>Retrying the failed groups now</source>
        <translation>Повторяем неудавшиеся группы прямо сейчас</translation>
    </message>
    <message>
        <source>Open Settings to connect to TestOps and choose the groups to export.</source>
        <translation>Откройте настройки, чтобы подключиться к TestOps и выбрать группы для выгрузки.</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>выгружается</translation>
    </message>
    <message>
        <source>attempt %1 of %2, %3 received</source>
        <translation>попытка %1 из %2, получено %3</translation>
    </message>
    <message>
        <source>waiting for its turn</source>
        <translation>ждёт своей очереди</translation>
    </message>
    <message>
        <source>not exported yet</source>
        <translation>ещё не выгружалась</translation>
    </message>
    <message>
        <source>OK, %1</source>
        <translation>успешно, %1</translation>
    </message>
    <message>
        <source>%1 (warning: %2)</source>
        <translation>%1 (внимание: %2)</translation>
    </message>
    <message>
        <source>failed, %1</source>
        <translation>ошибка, %1</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>загружено</translation>
    </message>
    <message>
        <source>waiting to upload</source>
        <translation>ждёт загрузки</translation>
    </message>
    <message>
        <source>waiting to upload (%1)</source>
        <translation>ждёт загрузки (%1)</translation>
    </message>
    <message>
        <source>upload failed (%1)</source>
        <translation>загрузка не удалась (%1)</translation>
    </message>
    <message numerus="yes">
        <source>S3: %n export(s) waiting to upload</source>
        <translation>
            <numerusform>S3: %n выгрузка ждёт загрузки</numerusform>
            <numerusform>S3: %n выгрузки ждут загрузки</numerusform>
            <numerusform>S3: %n выгрузок ждут загрузки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>S3: %n upload(s) failed</source>
        <translation>
            <numerusform>S3: %n загрузка не удалась</numerusform>
            <numerusform>S3: %n загрузки не удались</numerusform>
            <numerusform>S3: %n загрузок не удались</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is only in S3: download it into the export folder first</source>
        <translation>%1 есть только в S3: сначала скачайте её в папку выгрузок</translation>
    </message>
    <message>
        <source>there is no export named %1 in %2</source>
        <translation>в %2 нет выгрузки %1</translation>
    </message>
    <message>
        <source>group %1 of %2 is not configured, so its project is unknown</source>
        <translation>группа %1 выгрузки %2 не настроена, поэтому её проект неизвестен</translation>
    </message>
    <message>
        <source>%1 is the first export of group %2: there is nothing to undo</source>
        <translation>%1 — первая выгрузка группы %2: отменять нечего</translation>
    </message>
    <message>
        <source>%1 was not compared with the previous export: %2</source>
        <translation>%1 не сравнивалась с предыдущей выгрузкой: %2</translation>
    </message>
    <message>
        <source>Sent to the replica that leads: it starts the export within seconds</source>
        <translation>Передано ведущей реплике: она начнёт выгрузку через несколько секунд</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the reason is no longer in the journal</source>
        <translation>причина уже не хранится в журнале</translation>
    </message>
    <message>
        <source>Failed after %1 attempts: %2</source>
        <translation>Ошибка после %1 попыток: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>%1 is not an earlier export of the same group in the export folder</source>
        <translation>%1 — не более ранняя выгрузка той же группы в папке выгрузок</translation>
    </message>
    <message>
        <source>nothing can be restored from %1: %2</source>
        <translation>из %1 ничего нельзя восстановить: %2</translation>
    </message>
    <message numerus="yes">
        <source>Failed %n time(s) in a row since %1: %2</source>
        <translation>
            <numerusform>Не удалось %n раз подряд с %1: %2</numerusform>
            <numerusform>Не удалось %n раза подряд с %1: %2</numerusform>
            <numerusform>Не удалось %n раз подряд с %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>these two exports are too large to compare (%1 together, at most %2)</source>
        <translation>эти две выгрузки слишком велики для сравнения (вместе %1, не больше %2)</translation>
    </message>
    <message>
        <source>%1 is not an export of the folder</source>
        <translation>%1 — не выгрузка из папки</translation>
    </message>
    <message>
        <source>%1 could not be deleted (is it open elsewhere, or the folder read-only?)</source>
        <translation>%1 не удалось удалить (файл открыт в другой программе или папка только для чтения?)</translation>
    </message>
    <message>
        <source>retry %1</source>
        <translation>повтор %1</translation>
    </message>
    <message>
        <source>goes at the next retention</source>
        <translation>удалится при следующей очистке</translation>
    </message>
    <message>
        <source>newest of its group</source>
        <translation>новейшая в группе</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>еженедельная</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>ежемесячная</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>ежегодная</translation>
    </message>
    <message>
        <source>%1 snapshot: %2</source>
        <translation>%1, снимок: %2</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>the export folder %1 cannot be used: its lock file %2 cannot be opened (%3)</source>
        <translation>папку выгрузок %1 нельзя использовать: не открывается её файл блокировки %2 (%3)</translation>
    </message>
    <message>
        <source>LEADER_ELECTION is on, but there is no Kubernetes in-cluster configuration: %1</source>
        <translation>LEADER_ELECTION включён, но конфигурации Kubernetes внутри кластера нет: %1</translation>
    </message>
    <message>
        <source>the snapshots</source>
        <translation>снимков</translation>
    </message>
    <message>
        <source>another testops-export (process %1) already exports to %2</source>
        <translation>в %2 уже выгружает другой процесс testops-export (%1)</translation>
    </message>
</context>
<context>
    <name>ExportSink</name>
    <message>
        <source>the disk of %1 is full (%2 free)</source>
        <translation>диск с папкой %1 заполнен (свободно %2)</translation>
    </message>
</context>
<context>
    <name>ExportUploader</name>
    <message>
        <source>the export file %1 cannot be read</source>
        <translation>файл выгрузки %1 не читается</translation>
    </message>
    <message>
        <source>the uploaded copy cannot be checked: %1</source>
        <translation>загруженную копию не удаётся проверить: %1</translation>
    </message>
    <message>
        <source>the copy in S3 holds %1 bytes, the file %2</source>
        <translation>в копии в S3 %1 байт, в файле %2</translation>
    </message>
    <message>
        <source>the copy in S3 is not the file (its ETag %1, the file&apos;s %2)</source>
        <translation>копия в S3 — не этот файл (её ETag %1, у файла %2)</translation>
    </message>
</context>
<context>
    <name>ExportsModel</name>
    <message>
        <source>not in the journal</source>
        <translation>нет в журнале</translation>
    </message>
    <message>
        <source>OK after %1 attempts</source>
        <translation>успешно с %1-й попытки</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>успешно</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Выгружено</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>Тест-кейсы</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>The same test cases as in %1</source>
        <translation>Те же тест-кейсы, что в %1</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed since %4 (double-click for details)</source>
        <translation>С %4: добавлено %1, удалено %2, изменено %3 (двойной щелчок — подробности)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Внимание: %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>in S3 only (another replica or an earlier folder exported it)</source>
        <translation>только в S3 (её выгрузила другая реплика или прежняя папка)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Хранится</translation>
    </message>
</context>
<context>
    <name>GroupExport</name>
    <message>
        <source>creating the export failed: %1</source>
        <translation>не удалось создать выгрузку: %1</translation>
    </message>
    <message>
        <source>the server did not say which export job it created</source>
        <translation>сервер не сообщил, какое задание выгрузки он создал</translation>
    </message>
    <message>
        <source>TestOps did not prepare the export within %1 s (EXPORT_TIMEOUT)</source>
        <translation>TestOps не подготовил выгрузку за %1 с (EXPORT_TIMEOUT)</translation>
    </message>
    <message>
        <source>checking the export failed: %1</source>
        <translation>не удалось проверить выгрузку: %1</translation>
    </message>
    <message>
        <source>TestOps could not prepare the export: %1</source>
        <translation>TestOps не смог подготовить выгрузку: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>cannot create the export file in %1: %2</source>
        <translation>не удаётся создать файл выгрузки в %1: %2</translation>
    </message>
    <message>
        <source>downloading the export failed: %1</source>
        <translation>не удалось скачать выгрузку: %1</translation>
    </message>
    <message>
        <source>cannot write the export file in %1: %2</source>
        <translation>не удаётся записать файл выгрузки в %1: %2</translation>
    </message>
    <message>
        <source>stopped before the export was complete</source>
        <translation>остановлено до завершения выгрузки</translation>
    </message>
    <message>
        <source>asking TestOps how many test cases the group holds failed: %1</source>
        <translation>не удалось узнать у TestOps число тест-кейсов в группе: %1</translation>
    </message>
    <message>
        <source>TestOps counted %1 test cases in the group, but the file has %2 rows</source>
        <translation>TestOps насчитал в группе %1 тест-кейсов, а в файле %2 строк</translation>
    </message>
    <message>
        <source>the export of group %1 (id %2) has no test cases: the group id may be stale after the tree was rebuilt; pick the group again with Browse… in Settings, or check its id in EXPORT_GROUPS</source>
        <translation>в выгрузке группы %1 (id %2) нет тест-кейсов: возможно, id группы устарел после перестроения дерева; выберите группу заново кнопкой «Обзор…» в настройках или проверьте её id в EXPORT_GROUPS</translation>
    </message>
    <message>
        <source>the downloaded export is cut short: %1; it was not kept</source>
        <translation>скачанная выгрузка оборвана: %1; она не сохранена</translation>
    </message>
</context>
<context>
    <name>GzipDecoder</name>
    <message>
        <source>the gzip decoder could not be set up</source>
        <translation>не удалось подготовить распаковку gzip</translation>
    </message>
    <message>
        <source>the gzip decoder could not be reset</source>
        <translation>не удалось сбросить распаковку gzip</translation>
    </message>
    <message>
        <source>the decoded bytes could not be kept</source>
        <translation>распакованные байты не удалось сохранить</translation>
    </message>
    <message>
        <source>the gzip stream is damaged (%1)</source>
        <translation>поток gzip повреждён (%1)</translation>
    </message>
</context>
<context>
    <name>KubeClient</name>
    <message>
        <source>the Kubernetes API cannot be reached: %1</source>
        <translation>API Kubernetes недоступен: %1</translation>
    </message>
    <message>
        <source>the Kubernetes API answered HTTP %1: %2</source>
        <translation>API Kubernetes ответил HTTP %1: %2</translation>
    </message>
    <message>
        <source>the Kubernetes API did not answer within %1 s</source>
        <translation>API Kubernetes не ответил за %1 с</translation>
    </message>
</context>
<context>
    <name>LeaderElector</name>
    <message>
        <source>the lease was not renewed within %1 ms</source>
        <translation>аренда не продлена за %1 мс</translation>
    </message>
    <message>
        <source>%1 holds the lease</source>
        <translation>аренда у %1</translation>
    </message>
    <message>
        <source>the replica stops</source>
        <translation>реплика останавливается</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TestOps Export</source>
        <translation>Выгрузка TestOps</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Запустить сейчас</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Выгрузки</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Фильтр по тексту</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Копировать путь</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Run export now</source>
        <translation>&amp;Запустить выгрузку сейчас</translation>
    </message>
    <message>
        <source>Open export &amp;folder</source>
        <translation>Открыть &amp;папку выгрузок</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>%v of %m groups</source>
        <translation>%v из %m групп</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Все группы</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>No application is set up to open CSV files.</source>
        <translation>Не настроено приложение для открытия CSV-файлов.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Копия сохранена в %1</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Path copied</source>
        <translation>Путь скопирован</translation>
    </message>
    <message>
        <source>Delete export</source>
        <translation>Удаление выгрузки</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>Удалить %1? Отменить это будет нельзя.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Changes…</source>
        <translation>Изменения…</translation>
    </message>
    <message>
        <source>Schedule: %1 (%2), paused · files in %3</source>
        <translation>Расписание: %1 (%2), приостановлено · файлы в %3</translation>
    </message>
    <message>
        <source>Schedule: %1 (%2) · next export %3 · files in %4</source>
        <translation>Расписание: %1 (%2) · следующая выгрузка %3 · файлы в %4</translation>
    </message>
    <message>
        <source>Storage &amp;cleanup in TestOps…</source>
        <translation>&amp;Очистка хранилища в TestOps…</translation>
    </message>
    <message>
        <source>See and complete the TestOps cleanup rules of the exported projects</source>
        <translation>Посмотреть и дополнить правила очистки TestOps для выгружаемых проектов</translation>
    </message>
    <message>
        <source>Storage cleanup in TestOps</source>
        <translation>Очистка хранилища в TestOps</translation>
    </message>
    <message>
        <source>Connect to TestOps in Settings first: the cleanup rules are read with the export&apos;s token.</source>
        <translation>Сначала подключитесь к TestOps в настройках: правила очистки читаются токеном выгрузки.</translation>
    </message>
    <message>
        <source>Connect to TestOps in Settings first.</source>
        <translation>Сначала подключитесь к TestOps в настройках.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Open se&amp;ttings</source>
        <translation>Открыть &amp;настройки</translation>
    </message>
    <message>
        <source>The last export failed:</source>
        <translation>Последняя выгрузка не удалась:</translation>
    </message>
    <message>
        <source>no replica leads at the moment</source>
        <translation>сейчас ведущей реплики нет</translation>
    </message>
    <message>
        <source>exports run on %1 (leading since %2)</source>
        <translation>выгружает %1 (ведущая с %2)</translation>
    </message>
    <message>
        <source>Failed export of %1</source>
        <translation>Неудачная выгрузка группы %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Pause schedule</source>
        <translation>Приос&amp;тановить расписание</translation>
    </message>
    <message>
        <source>&amp;Welcome: connect to TestOps…</source>
        <translation>&amp;Добро пожаловать: подключение к TestOps…</translation>
    </message>
    <message>
        <source>&amp;About TestOps Export</source>
        <translation>&amp;О программе TestOps Export</translation>
    </message>
    <message>
        <source>TestOps Export %1

Copies the test cases of your Allure TestOps groups into CSV files every day: a backup, a record for audits, something to diff.

The manual: man testops-export, or the README beside the program&apos;s sources. Its log: %2</source>
        <translation>TestOps Export %1

Каждый день копирует тест-кейсы ваших групп Allure TestOps в файлы CSV: резервная копия, запись для аудита, материал для сравнения.

Руководство: man testops-export или README рядом с исходниками программы. Её журнал: %2</translation>
    </message>
    <message>
        <source>Resu&amp;me schedule</source>
        <translation>Возобновить р&amp;асписание</translation>
    </message>
    <message>
        <source>Delete %1 from the export folder? Its copy in S3 is kept.</source>
        <translation>Удалить %1 из папки выгрузок? Копия в S3 останется.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 из %n файла</numerusform>
            <numerusform>%1 из %n файлов</numerusform>
            <numerusform>%1 из %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Verify exports</source>
        <translation>&amp;Проверить выгрузки</translation>
    </message>
    <message>
        <source>Read every export again and compare it with the SHA-256 recorded when it was written</source>
        <translation>Прочитать каждую выгрузку заново и сравнить с SHA-256, записанным при её создании</translation>
    </message>
    <message>
        <source>Verifying the exports…</source>
        <translation>Проверка выгрузок…</translation>
    </message>
    <message>
        <source>There are no exports to verify yet.</source>
        <translation>Проверять пока нечего: выгрузок ещё нет.</translation>
    </message>
    <message numerus="yes">
        <source>All %n export(s) are as they were written.</source>
        <translation>
            <numerusform>%n выгрузка такая же, какой была записана.</numerusform>
            <numerusform>Все %n выгрузки такие же, какими были записаны.</numerusform>
            <numerusform>Все %n выгрузок такие же, какими были записаны.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 exports are not as they were written:</source>
        <translation>%1 из %2 выгрузок не такие, какими были записаны:</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Снимок</translation>
    </message>
    <message>
        <source>Take a &amp;snapshot now</source>
        <translation>Сделать &amp;снимок сейчас</translation>
    </message>
    <message>
        <source>Keep every test case of every group whole now: steps, attachments, custom fields</source>
        <translation>Сохранить сейчас каждый тест-кейс каждой группы целиком: шаги, вложения, пользовательские поля</translation>
    </message>
    <message>
        <source>Taking a snapshot of every group…</source>
        <translation>Снимок всех групп…</translation>
    </message>
    <message>
        <source>Snapshot &amp;browser…</source>
        <translation>Обзор сн&amp;имков…</translation>
    </message>
    <message>
        <source>See any test case as a snapshot kept it, and what changed between two snapshots</source>
        <translation>Любой тест-кейс, каким его сохранил снимок, и что изменилось между двумя снимками</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Снимки</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Test case or rule</source>
        <translation>Тест-кейс или правило</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что происходит</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Запись…</translation>
    </message>
    <message>
        <source>Filter by id, name or what happens</source>
        <translation>Фильтр по id, имени или действию</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Фильтр:</translation>
    </message>
    <message>
        <source>Pick a row to read all of it.</source>
        <translation>Выберите строку, чтобы прочитать её целиком.</translation>
    </message>
    <message>
        <source>&amp;Write to TestOps</source>
        <translation>&amp;Записать в TestOps</translation>
    </message>
    <message>
        <source>&amp;Save plan…</source>
        <translation>&amp;Сохранить план…</translation>
    </message>
    <message>
        <source>To write</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Left alone</source>
        <translation>Не трогать</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Сделано</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>Не отправлялось</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>За&amp;крыть</translation>
    </message>
    <message>
        <source>&amp;Save result…</source>
        <translation>&amp;Сохранить результат…</translation>
    </message>
    <message>
        <source>%1 to write</source>
        <translation>записать: %1</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>сделано: %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>ошибок: %1</translation>
    </message>
    <message>
        <source>%1 not tried</source>
        <translation>не отправлялось: %1</translation>
    </message>
    <message>
        <source>%1 left alone</source>
        <translation>не тронуто: %1</translation>
    </message>
    <message>
        <source>(%1 shown)</source>
        <translation>(показано: %1)</translation>
    </message>
    <message>
        <source>Save the result</source>
        <translation>Сохранить результат</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Сохранить план</translation>
    </message>
    <message>
        <source>testops-result.txt</source>
        <translation>testops-результат.txt</translation>
    </message>
    <message>
        <source>testops-plan.txt</source>
        <translation>testops-план.txt</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 не удаётся записать: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): %1</source>
        <translation>
            <numerusform>%Ln строка: %1</numerusform>
            <numerusform>%Ln строки: %1</numerusform>
            <numerusform>%Ln строк: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview of %1</source>
        <translation>Просмотр %1</translation>
    </message>
    <message>
        <source>%1: %2 test cases, %3 columns.</source>
        <translation>%1: тест-кейсов — %2, столбцов — %3.</translation>
    </message>
    <message>
        <source>%1: the first %2 test cases, %3 columns; more are read as you scroll.</source>
        <translation>%1: первые %2 тест-кейсов, столбцов — %3; остальные читаются при прокрутке.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a different number of cells than the header.</source>
        <translation>
            <numerusform>У %n строки другое число ячеек, чем в заголовке.</numerusform>
            <numerusform>У %n строк другое число ячеек, чем в заголовке.</numerusform>
            <numerusform>У %n строк другое число ячеек, чем в заголовке.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Text in any cell; Enter finds the next</source>
        <translation>Текст в любой ячейке; Enter ищет следующую</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Следующая</translation>
    </message>
    <message>
        <source>No cell contains “%1”.</source>
        <translation>Ни одна ячейка не содержит «%1».</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Идёт поиск…</translation>
    </message>
    <message>
        <source>Searching… test case %1</source>
        <translation>Идёт поиск… тест-кейс %1</translation>
    </message>
    <message>
        <source>Search stopped.</source>
        <translation>Поиск остановлен.</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <source>%1 of test case %2</source>
        <translation>%1 тест-кейса %2</translation>
    </message>
</context>
<context>
    <name>ProjectCatalogue</name>
    <message>
        <source>workflow %1 is not used in the target project: TestOps gives its default</source>
        <translation>workflow %1 не используется в целевом проекте: TestOps назначит свой по умолчанию</translation>
    </message>
    <message>
        <source>status %1 is not in the target project&apos;s workflow: TestOps gives its default</source>
        <translation>статуса %1 нет в workflow целевого проекта: TestOps назначит свой по умолчанию</translation>
    </message>
    <message>
        <source>custom field %1: the target project has no value %2; left out</source>
        <translation>пользовательское поле %1: в целевом проекте нет значения %2; пропущено</translation>
    </message>
    <message>
        <source>test layer %1 is not in TestOps any more: TestOps gives its default</source>
        <translation>слоя тестов %1 больше нет в TestOps: TestOps назначит свой по умолчанию</translation>
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
        <translation>файл не читается: %1</translation>
    </message>
    <message>
        <source>the file is %1 bytes long; a projects file is at most %2</source>
        <translation>в файле %1 байт; файл проектов не больше %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation>%1: это не JSON (%2)</translation>
    </message>
    <message>
        <source>$ is %1, not an object with &quot;projects&quot;</source>
        <translation>$ — %1, а не объект с &quot;projects&quot;</translation>
    </message>
    <message>
        <source>$.projects is %1, not a list of projects</source>
        <translation>$.projects — %1, а не список проектов</translation>
    </message>
    <message>
        <source>%1 is %2, not an object</source>
        <translation>%1 — %2, а не объект</translation>
    </message>
    <message>
        <source>%1.project_id is %2, not a positive whole number</source>
        <translation>%1.project_id — %2, а не целое положительное число</translation>
    </message>
    <message>
        <source>%1.tree_id is %2, not a positive whole number</source>
        <translation>%1.tree_id — %2, а не целое положительное число</translation>
    </message>
    <message>
        <source>%1.groups is %2, not a list of groups</source>
        <translation>%1.groups — %2, а не список групп</translation>
    </message>
    <message>
        <source>%1.group_id is %2, not a positive whole number</source>
        <translation>%1.group_id — %2, а не целое положительное число</translation>
    </message>
    <message>
        <source>%1.group_name is %2, not a name of letters, digits, &apos;-&apos; and &apos;_&apos; (at most 64, not starting with digits and &apos;_&apos;)</source>
        <translation>%1.group_name — %2, а не имя из букв, цифр, &apos;-&apos; и &apos;_&apos; (не длиннее 64, не начинается с цифр и &apos;_&apos;)</translation>
    </message>
    <message>
        <source>%1.group_name &quot;%2&quot; is taken by %3 already: every group needs its own name</source>
        <translation>%1.group_name «%2» уже занято в %3: у каждой группы своё имя</translation>
    </message>
    <message>
        <source>no group is listed: $.projects holds no project with groups</source>
        <translation>групп нет: в $.projects нет проектов с группами</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>no keychain is used</source>
        <translation>связка ключей не используется</translation>
    </message>
    <message>
        <source>no keychain answered</source>
        <translation>связка ключей не ответила</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-файлы (*.csv)</translation>
    </message>
    <message>
        <source>KUBERNETES_SERVICE_HOST is not set: not running in a Kubernetes pod</source>
        <translation>KUBERNETES_SERVICE_HOST не задан: это не под Kubernetes</translation>
    </message>
    <message>
        <source>the service account&apos;s token or CA is missing in %1</source>
        <translation>в %1 нет токена или CA сервисного аккаунта</translation>
    </message>
    <message>
        <source>KUBERNETES_SERVICE_HOST/_PORT do not make an address: %1:%2</source>
        <translation>KUBERNETES_SERVICE_HOST/_PORT не составляют адрес: %1:%2</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>Страница HTML (*.html)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ReadBack</name>
    <message>
        <source>test case %1 could not be read back: %2</source>
        <translation>тест-кейс %1 не удалось перечитать: %2</translation>
    </message>
    <message>
        <source>the newest test cases could not be read back: %1</source>
        <translation>новейшие тест-кейсы не удалось перечитать: %1</translation>
    </message>
    <message>
        <source>its versions could not be read back: %1</source>
        <translation>его версии не удалось перечитать: %1</translation>
    </message>
    <message>
        <source>its comments could not be read back: %1</source>
        <translation>его комментарии не удалось перечитать: %1</translation>
    </message>
    <message>
        <source>the shared steps could not be read back: %1</source>
        <translation>общие шаги не удалось перечитать: %1</translation>
    </message>
    <message>
        <source>%1 empty shared steps by this name were made since</source>
        <translation>с тех пор создано %1 пустых общих шага с таким именем</translation>
    </message>
</context>
<context>
    <name>RestoreSession</name>
    <message>
        <source>scenario: not written back (the CSV renders the steps as text; TestOps keeps them as steps with attachments and expected results, and the text cannot be proven to round-trip)</source>
        <translation>scenario: не возвращается (CSV передаёт шаги текстом; TestOps хранит их как шаги с вложениями и ожидаемыми результатами, и нельзя доказать, что текст вернётся без потерь)</translation>
    </message>
    <message>
        <source>status: not written back (the CSV holds the status&apos;s name; TestOps takes the id of a status of the project&apos;s workflow)</source>
        <translation>status: не возвращается (в CSV имя статуса; TestOps принимает id статуса из workflow проекта)</translation>
    </message>
    <message>
        <source>%1: not written back (not a field this app can write faithfully from CSV)</source>
        <translation>%1: не возвращается (это поле нельзя точно записать из CSV)</translation>
    </message>
    <message>
        <source>the deleted test cases of project %1 cannot be read: %2</source>
        <translation>удалённые тест-кейсы проекта %1 не прочитать: %2</translation>
    </message>
    <message>
        <source>its allure_id &quot;%1&quot; is not a test case id</source>
        <translation>его allure_id «%1» — не id тест-кейса</translation>
    </message>
    <message>
        <source>deleted in TestOps: restored with its id</source>
        <translation>удалён в TestOps: восстанавливается со своим id</translation>
    </message>
    <message>
        <source>test case %1 cannot be read: %2</source>
        <translation>тест-кейс %1 не прочитать: %2</translation>
    </message>
    <message>
        <source>still in TestOps and not deleted: it left the group (moved, or its fields no longer place it there); nothing to restore</source>
        <translation>всё ещё в TestOps и не удалён: он ушёл из группы (перенесён, или его поля больше не относят его туда); восстанавливать нечего</translation>
    </message>
    <message>
        <source>gone from TestOps for good, and the previous export that held its fields is deleted</source>
        <translation>удалён из TestOps насовсем, а предыдущая выгрузка с его полями удалена</translation>
    </message>
    <message>
        <source>gone from TestOps for good, and the previous export has no name for it</source>
        <translation>удалён из TestOps насовсем, а в предыдущей выгрузке у него нет имени</translation>
    </message>
    <message>
        <source>gone from TestOps for good (deleted with force): created again from the previous export, with a new id; its place in the tree follows its fields</source>
        <translation>удалён из TestOps насовсем (force): создаётся заново по предыдущей выгрузке с новым id; его место в дереве определят его поля</translation>
    </message>
    <message>
        <source>no longer in TestOps (HTTP 404): nothing to put back</source>
        <translation>его больше нет в TestOps (HTTP 404): возвращать нечего</translation>
    </message>
    <message>
        <source>the previous export that held the old values is deleted</source>
        <translation>предыдущая выгрузка со старыми значениями удалена</translation>
    </message>
    <message>
        <source>changed again in TestOps since the export (%1): left alone</source>
        <translation>снова изменён в TestOps после выгрузки (%1): не трогаем</translation>
    </message>
    <message>
        <source>none of its changed fields can be written back</source>
        <translation>ни одно из изменённых полей нельзя вернуть</translation>
    </message>
    <message>
        <source>Before testops-export put back the fields of %1</source>
        <translation>До возврата полей из %1 программой testops-export</translation>
    </message>
    <message>
        <source>no version was taken first: %1</source>
        <translation>версия перед записью не сохранена: %1</translation>
    </message>
    <message>
        <source>TestOps refused (HTTP 403): writing test cases needs the project:write permission in project %1</source>
        <translation>TestOps отказал (HTTP 403): для записи тест-кейсов нужно право project:write в проекте %1</translation>
    </message>
    <message>
        <source>TestOps refused (HTTP 403): %1</source>
        <translation>TestOps отказал (HTTP 403): %1</translation>
    </message>
    <message>
        <source>not tried: TestOps refused case %1 before it</source>
        <translation>не выполнялось: TestOps отказал раньше, на кейсе %1</translation>
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
        <translation>%1: «%2» → «%3»</translation>
    </message>
    <message>
        <source>%1 in TestOps now: &quot;%2&quot;, in the export: &quot;%3&quot;</source>
        <translation>%1 сейчас в TestOps: «%2», в выгрузке: «%3»</translation>
    </message>
    <message>
        <source>RESTORED  %1</source>
        <translation>RESTORED  %1</translation>
    </message>
    <message>
        <source>CREATED   %1  as a new test case %2</source>
        <translation>CREATED   %1  как новый тест-кейс %2</translation>
    </message>
    <message>
        <source>PATCHED   %1  %2 put back</source>
        <translation>PATCHED   %1  возвращено: %2</translation>
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
        <translation>в TestOps уже значения из предыдущей выгрузки</translation>
    </message>
    <message>
        <source>nothing can be planned from %1: %2</source>
        <translation>по %1 ничего нельзя запланировать: %2</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ничего не записано: %1</translation>
    </message>
    <message>
        <source>the answer to the version was lost; reading back found it saved</source>
        <translation>ответ на сохранение версии потерялся; при перечитывании версия нашлась</translation>
    </message>
    <message>
        <source>no version was taken first: its answer was lost, and TestOps lists none</source>
        <translation>версия сначала не сохранена: ответ потерялся, и в TestOps её нет</translation>
    </message>
    <message>
        <source>whether a version was taken first is not known: its answer was lost, and %1</source>
        <translation>неизвестно, сохранена ли сначала версия: ответ потерялся, и %1</translation>
    </message>
    <message>
        <source>the answer was lost; reading TestOps back found the new test case %1, kept (not created twice)</source>
        <translation>ответ потерялся; при перечитывании TestOps нашёлся новый тест-кейс %1, он оставлен (второй раз не создан)</translation>
    </message>
    <message>
        <source>not created: the answer was lost, and TestOps has no new test case by this name; run the restore again</source>
        <translation>не создан: ответ потерялся, и в TestOps нет нового тест-кейса с таким именем; запустите восстановление ещё раз</translation>
    </message>
    <message>
        <source>not known whether it was created: the answer was lost, and %1; look in TestOps before running the restore again</source>
        <translation>неизвестно, создан ли: ответ потерялся, и %1; проверьте TestOps, прежде чем запускать восстановление снова</translation>
    </message>
    <message>
        <source>the answer was lost; reading the case back shows it done</source>
        <translation>ответ потерялся; перечитанный тест-кейс показывает, что всё сделано</translation>
    </message>
    <message>
        <source>not known whether it was done: the answer was lost, and the case could not be read back (%1)</source>
        <translation>неизвестно, сделано ли: ответ потерялся, а тест-кейс не удалось перечитать (%1)</translation>
    </message>
    <message>
        <source>not done: the answer was lost, and the case read back is as it was</source>
        <translation>не сделано: ответ потерялся, а перечитанный тест-кейс остался прежним</translation>
    </message>
    <message>
        <source>Restore it in TestOps, with its id</source>
        <translation>Восстановить в TestOps с тем же id</translation>
    </message>
    <message>
        <source>Create it again from the previous export, with a new id</source>
        <translation>Создать заново по предыдущей выгрузке, с новым id</translation>
    </message>
    <message>
        <source>Put back %1 (the case is saved as a version in TestOps first)</source>
        <translation>Вернуть %1 (тест-кейс сначала сохраняется в TestOps как версия)</translation>
    </message>
    <message>
        <source>Leave it: %1</source>
        <translation>Не трогать: %1</translation>
    </message>
    <message>
        <source>Restored, with its id</source>
        <translation>Восстановлен с тем же id</translation>
    </message>
    <message>
        <source>Created again as test case %1</source>
        <translation>Создан заново как тест-кейс %1</translation>
    </message>
    <message>
        <source>Put back: %1</source>
        <translation>Возвращено: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Not tried: %1</source>
        <translation>Не отправлялось: %1</translation>
    </message>
    <message>
        <source>Left alone: %1</source>
        <translation>Не тронут: %1</translation>
    </message>
    <message>
        <source>TestOps answered &quot;%1&quot;, but reading the case back shows it done</source>
        <translation>TestOps ответил «%1», но перечитанный тест-кейс показывает, что всё сделано</translation>
    </message>
    <message>
        <source>restored already by an earlier restore from this export: nothing to do</source>
        <translation>уже восстановлен прошлым восстановлением из этой выгрузки: делать нечего</translation>
    </message>
</context>
<context>
    <name>S3Call</name>
    <message>
        <source>cannot write what S3 sends: %1</source>
        <translation>не удаётся записать то, что присылает S3: %1</translation>
    </message>
    <message>
        <source>S3 sent the object encoded as &quot;%1&quot;, not as it is stored</source>
        <translation>S3 прислал объект в кодировке «%1», а не таким, как он хранится</translation>
    </message>
</context>
<context>
    <name>S3Client</name>
    <message>
        <source>S3 answered HTTP %1</source>
        <translation>S3 ответил HTTP %1</translation>
    </message>
    <message>
        <source>%1: %2 (HTTP %3)</source>
        <translation>%1: %2 (HTTP %3)</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>без пояснений</translation>
    </message>
    <message>
        <source>S3 at %1 cannot be reached: %2</source>
        <translation>S3 по адресу %1 недоступен: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>S3 started no multipart upload (its answer has no UploadId)</source>
        <translation>S3 не начал составную загрузку (в ответе нет UploadId)</translation>
    </message>
    <message>
        <source>%1: %2 (completing the multipart upload)</source>
        <translation>%1: %2 (при завершении составной загрузки)</translation>
    </message>
    <message>
        <source>part %1 of %2: %3</source>
        <translation>часть %1 из %2: %3</translation>
    </message>
    <message>
        <source>the upload was stopped</source>
        <translation>загрузка остановлена</translation>
    </message>
    <message>
        <source>S3 at %1 did not answer within %2 s: the request timed out</source>
        <translation>S3 по адресу %1 не ответил за %2 с: время ожидания запроса истекло</translation>
    </message>
    <message>
        <source>check S3_SECRET_KEY (the request was signed with another secret than the server&apos;s), and S3_REGION</source>
        <translation>проверьте S3_SECRET_KEY (запрос подписан другим секретом, чем у сервера) и S3_REGION</translation>
    </message>
    <message>
        <source>the server does not know S3_ACCESS_KEY</source>
        <translation>сервер не знает S3_ACCESS_KEY</translation>
    </message>
    <message>
        <source>check S3_REGION: the server expects another region</source>
        <translation>проверьте S3_REGION: сервер ждёт другой регион</translation>
    </message>
    <message>
        <source>check S3_BUCKET, or create the bucket</source>
        <translation>проверьте S3_BUCKET или создайте бакет</translation>
    </message>
    <message>
        <source>the key may not write to this bucket: grant it s3:PutObject, s3:GetObject, s3:DeleteObject and s3:ListBucket</source>
        <translation>ключу нельзя писать в этот бакет: дайте ему s3:PutObject, s3:GetObject, s3:DeleteObject и s3:ListBucket</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is more than 15 minutes off: set it right (NTP)</source>
        <translation>часы этого компьютера расходятся больше чем на 15 минут: выставьте их (NTP)</translation>
    </message>
</context>
<context>
    <name>S3Relay</name>
    <message>
        <source>S3 storage is not configured</source>
        <translation>хранилище S3 не настроено</translation>
    </message>
</context>
<context>
    <name>S3SettingsPage</name>
    <message>
        <source>&amp;Keep a second copy of every export in an S3 bucket</source>
        <translation>&amp;Хранить вторую копию каждой выгрузки в бакете S3</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Проверить по&amp;дключение</translation>
    </message>
    <message>
        <source>&amp;Bucket</source>
        <translation>&amp;Бакет</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Адрес сервера</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>Р&amp;егион</translation>
    </message>
    <message>
        <source>&amp;Access key</source>
        <translation>&amp;Ключ доступа</translation>
    </message>
    <message>
        <source>&amp;Secret key</source>
        <translation>&amp;Секретный ключ</translation>
    </message>
    <message>
        <source>empty for AWS; https://storage.yandexcloud.net, http://minio:9000…</source>
        <translation>пусто для AWS; https://storage.yandexcloud.net, http://minio:9000…</translation>
    </message>
    <message>
        <source>Fill in the bucket, the access key and the secret key first.</source>
        <translation>Сначала укажите бакет, ключ доступа и секретный ключ.</translation>
    </message>
    <message>
        <source>A probe file cannot be written: %1</source>
        <translation>Пробный файл не удаётся записать: %1</translation>
    </message>
    <message>
        <source>Writing a probe object to %1…</source>
        <translation>Запись пробного объекта в %1…</translation>
    </message>
    <message>
        <source>The bucket %1 cannot be written: %2</source>
        <translation>В бакет %1 не удаётся записать: %2</translation>
    </message>
    <message>
        <source>The probe object written to %1 did not read back as written.</source>
        <translation>Пробный объект, записанный в %1, читается не таким, каким был записан.</translation>
    </message>
    <message>
        <source>The bucket %1 takes exports, but the probe object cannot be deleted: %2 (retention needs to delete)</source>
        <translation>Бакет %1 принимает выгрузки, но пробный объект не удаётся удалить: %2 (удаление нужно для срока хранения)</translation>
    </message>
    <message>
        <source>Connected: the bucket %1 takes exports (a probe object was written, checked and deleted).</source>
        <translation>Подключено: бакет %1 принимает выгрузки (пробный объект записан, проверен и удалён).</translation>
    </message>
</context>
<context>
    <name>SchedulePreset</name>
    <message>
        <source>every day at %1</source>
        <translation>каждый день в %1</translation>
    </message>
    <message>
        <source>on weekdays at %1</source>
        <translation>по будням в %1</translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>каждый %n час</numerusform>
            <numerusform>каждые %n часа</numerusform>
            <numerusform>каждые %n часов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1: unknown setting %2 is ignored</source>
        <translation>%1: неизвестная настройка %2 пропущена</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>файла нет</translation>
    </message>
    <message>
        <source>the path of a settings file</source>
        <translation>путь к файлу настроек</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>файл не читается</translation>
    </message>
    <message>
        <source>a readable settings file</source>
        <translation>читаемый файл настроек</translation>
    </message>
    <message>
        <source>the file is not in INI format</source>
        <translation>файл не в формате INI</translation>
    </message>
    <message>
        <source>NAME=value lines</source>
        <translation>строки вида ИМЯ=значение</translation>
    </message>
    <message>
        <source>%1 is not set: %2</source>
        <translation>%1 не задано: %2</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; (%3): %4</source>
        <translation>%1 = «%2» (%3): %4</translation>
    </message>
    <message>
        <source>Expected: %1.</source>
        <translation>Ожидается: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the configuration:</source>
        <translation>
            <numerusform>%n ошибка в настройках:</numerusform>
            <numerusform>%n ошибки в настройках:</numerusform>
            <numerusform>%n ошибок в настройках:</numerusform>
        </translation>
    </message>
    <message>
        <source>it is required</source>
        <translation>это обязательная настройка</translation>
    </message>
    <message>
        <source>%1 name only a group id, but TESTOPS_PROJECT_ID and TESTOPS_TREE_ID are not both set</source>
        <translation>для %1 указан только идентификатор группы, но TESTOPS_PROJECT_ID и TESTOPS_TREE_ID заданы не оба</translation>
    </message>
    <message>
        <source>Name=PROJECT_ID:TREE_ID:GROUP_ID, or set TESTOPS_PROJECT_ID and TESTOPS_TREE_ID</source>
        <translation>Имя=ПРОЕКТ:ДЕРЕВО:ГРУППА или заданные TESTOPS_PROJECT_ID и TESTOPS_TREE_ID</translation>
    </message>
    <message>
        <source>TLS_INSECURE is on: the TestOps server&apos;s certificate is not verified</source>
        <translation>TLS_INSECURE включён: сертификат сервера TestOps не проверяется</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>не целое число</translation>
    </message>
    <message>
        <source>%1 is outside %2-%3</source>
        <translation>%1 вне диапазона %2–%3</translation>
    </message>
    <message>
        <source>not a yes/no value</source>
        <translation>не значение «да/нет»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration</source>
        <translation>«%1» — не длительность</translation>
    </message>
    <message>
        <source>%1 is too short</source>
        <translation>%1 — слишком мало</translation>
    </message>
    <message>
        <source>no value was given</source>
        <translation>значение не указано</translation>
    </message>
    <message>
        <source>not an http:// or https:// address</source>
        <translation>не адрес http:// или https://</translation>
    </message>
    <message>
        <source>the address must not have a query or fragment</source>
        <translation>в адресе не должно быть параметров запроса и фрагмента</translation>
    </message>
    <message>
        <source>the token contains white space</source>
        <translation>в токене есть пробелы</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>неизвестный часовой пояс «%1»</translation>
    </message>
    <message>
        <source>at most 20 retries</source>
        <translation>не больше 20 повторов</translation>
    </message>
    <message>
        <source>not an IP address</source>
        <translation>не IP-адрес</translation>
    </message>
    <message>
        <source>shorter than 8 characters</source>
        <translation>короче 8 символов</translation>
    </message>
    <message>
        <source>no readable file at this path</source>
        <translation>по этому пути нет читаемого файла</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KIND:ID=Header</source>
        <translation>«%1» не в виде ВИД:ID=Заголовок</translation>
    </message>
    <message>
        <source>Address of the TestOps server</source>
        <translation>Адрес сервера TestOps</translation>
    </message>
    <message>
        <source>an http:// or https:// address such as https://testops.example.com</source>
        <translation>адрес http:// или https://, например https://testops.example.com</translation>
    </message>
    <message>
        <source>Personal API token of TestOps (Profile → API tokens)</source>
        <translation>Личный API-токен TestOps (Профиль → API-токены)</translation>
    </message>
    <message>
        <source>the API token created in your TestOps profile</source>
        <translation>API-токен, созданный в вашем профиле TestOps</translation>
    </message>
    <message>
        <source>Project of groups that name only a group id</source>
        <translation>Проект для групп, у которых указан только идентификатор группы</translation>
    </message>
    <message>
        <source>a project id (a positive whole number), or nothing</source>
        <translation>идентификатор проекта (целое положительное число) или ничего</translation>
    </message>
    <message>
        <source>Tree of groups that name only a group id</source>
        <translation>Дерево для групп, у которых указан только идентификатор группы</translation>
    </message>
    <message>
        <source>a tree id (a positive whole number), or nothing</source>
        <translation>идентификатор дерева (целое положительное число) или ничего</translation>
    </message>
    <message>
        <source>Tree groups to export, each to its own file</source>
        <translation>Группы дерева для выгрузки, каждая в свой файл</translation>
    </message>
    <message>
        <source>Name=GROUP_ID or Name=PROJECT_ID:TREE_ID:GROUP_ID, comma-separated, e.g. API=26961091,UI=24545654; names unique, of letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>Имя=ГРУППА или Имя=ПРОЕКТ:ДЕРЕВО:ГРУППА через запятую, например API=26961091,UI=24545654; имена уникальные, из букв, цифр, «-» и «_»</translation>
    </message>
    <message>
        <source>Columns added to the standard ones: custom fields, roles, issue integrations</source>
        <translation>Столбцы в дополнение к стандартным: пользовательские поля, роли, интеграции с трекерами</translation>
    </message>
    <message>
        <source>KIND:ID=Header, comma-separated, KIND one of custom_field, role, issue_integration, e.g. custom_field:12=Priority</source>
        <translation>ВИД:ID=Заголовок через запятую, где ВИД — custom_field, role или issue_integration, например custom_field:12=Priority</translation>
    </message>
    <message>
        <source>Folder the CSV files are written to</source>
        <translation>Папка, куда записываются CSV-файлы</translation>
    </message>
    <message>
        <source>a folder path</source>
        <translation>путь к папке</translation>
    </message>
    <message>
        <source>When exports run (cron: minute hour day-of-month month day-of-week)</source>
        <translation>Когда запускать выгрузку (cron: минута час день-месяца месяц день-недели)</translation>
    </message>
    <message>
        <source>a 5-field cron expression such as &quot;0 7 * * *&quot;, or @daily, @hourly, …</source>
        <translation>cron-выражение из 5 полей, например «0 7 * * *», или @daily, @hourly, …</translation>
    </message>
    <message>
        <source>Time zone the schedule is read in</source>
        <translation>Часовой пояс расписания</translation>
    </message>
    <message>
        <source>an IANA time zone such as UTC or Europe/Moscow</source>
        <translation>часовой пояс IANA, например UTC или Europe/Moscow</translation>
    </message>
    <message>
        <source>Run once at start when a scheduled time passed while the app was not running</source>
        <translation>Выполнить выгрузку при запуске, если плановое время прошло, пока приложение не работало</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>Delays before each retry of a failed group; their number is the number of retries</source>
        <translation>Паузы перед каждым повтором неудавшейся группы; их количество — число повторов</translation>
    </message>
    <message>
        <source>durations with s, m or h, comma-separated, e.g. 5m,10m,15m; empty for no retries</source>
        <translation>длительности с s, m или h через запятую, например 5m,10m,15m; пусто — без повторов</translation>
    </message>
    <message>
        <source>Delete own exports older than this many days (0 keeps everything)</source>
        <translation>Удалять свои выгрузки старше стольких дней (0 — хранить всё)</translation>
    </message>
    <message>
        <source>a whole number of days from 0 to 36500</source>
        <translation>целое число дней от 0 до 36500</translation>
    </message>
    <message>
        <source>How long to wait for TestOps to prepare one export</source>
        <translation>Сколько ждать, пока TestOps подготовит одну выгрузку</translation>
    </message>
    <message>
        <source>a duration of at least 10s, e.g. 10m</source>
        <translation>длительность не меньше 10s, например 10m</translation>
    </message>
    <message>
        <source>An attempt ends when the server sends nothing for this long</source>
        <translation>Попытка прерывается, если сервер ничего не присылает столько времени</translation>
    </message>
    <message>
        <source>a duration of at least 1s, e.g. 60s</source>
        <translation>длительность не меньше 1s, например 60s</translation>
    </message>
    <message>
        <source>An attempt ends when the server cannot be reached within this time</source>
        <translation>Попытка прерывается, если сервер недоступен дольше этого времени</translation>
    </message>
    <message>
        <source>a duration of at least 1s, e.g. 30s</source>
        <translation>длительность не меньше 1s, например 30s</translation>
    </message>
    <message>
        <source>How many groups export at the same time</source>
        <translation>Сколько групп выгружать одновременно</translation>
    </message>
    <message>
        <source>1 or 2</source>
        <translation>1 или 2</translation>
    </message>
    <message>
        <source>Extra certificate authority (PEM file) trusted for the TestOps server</source>
        <translation>Дополнительный удостоверяющий центр (PEM-файл) для сервера TestOps</translation>
    </message>
    <message>
        <source>the path of a readable PEM file, or nothing</source>
        <translation>путь к читаемому PEM-файлу или ничего</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s TLS certificate (unsafe; logged on every cycle)</source>
        <translation>Не проверять TLS-сертификат сервера (небезопасно; отмечается в журнале в каждом цикле)</translation>
    </message>
    <message>
        <source>Serve the web view</source>
        <translation>Включить веб-страницу</translation>
    </message>
    <message>
        <source>Address the web view listens on (0.0.0.0 shares it on the LAN)</source>
        <translation>Адрес веб-страницы (0.0.0.0 открывает её для локальной сети)</translation>
    </message>
    <message>
        <source>an IP address such as 127.0.0.1 or 0.0.0.0</source>
        <translation>IP-адрес, например 127.0.0.1 или 0.0.0.0</translation>
    </message>
    <message>
        <source>Port of the web view</source>
        <translation>Порт веб-страницы</translation>
    </message>
    <message>
        <source>a port number from 1 to 65535 (0: any free port)</source>
        <translation>номер порта от 1 до 65535 (0 — любой свободный)</translation>
    </message>
    <message>
        <source>When set, the web view asks for this key</source>
        <translation>Если задан, веб-страница запрашивает этот ключ</translation>
    </message>
    <message>
        <source>nothing, or a key of at least 8 characters</source>
        <translation>ничего или ключ длиной не меньше 8 символов</translation>
    </message>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>связка ключей</translation>
    </message>
    <message>
        <source>settings file</source>
        <translation>файл настроек</translation>
    </message>
    <message>
        <source>.env file</source>
        <translation>файл .env</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>окружение</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>командная строка</translation>
    </message>
    <message>
        <source>no groups were given</source>
        <translation>группы не указаны</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no &quot;=&quot; between name and id</source>
        <translation>в «%1» нет знака «=» между именем и идентификатором</translation>
    </message>
    <message>
        <source>group name &quot;%1&quot; is used twice</source>
        <translation>имя группы «%1» использовано дважды</translation>
    </message>
    <message>
        <source>group %1: &quot;%2&quot; is neither GROUP_ID nor PROJECT_ID:TREE_ID:GROUP_ID</source>
        <translation>группа %1: «%2» не похоже ни на ГРУППА, ни на ПРОЕКТ:ДЕРЕВО:ГРУППА</translation>
    </message>
    <message>
        <source>group %1: &quot;%2&quot; is not a positive whole number</source>
        <translation>группа %1: «%2» — не целое положительное число</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of ; , | or tab</source>
        <translation>«%1» — не один из ; , | или tab</translation>
    </message>
    <message>
        <source>Separator of the CSV cells TestOps writes</source>
        <translation>Разделитель ячеек CSV, которым пишет TestOps</translation>
    </message>
    <message>
        <source>one of ; , | or tab</source>
        <translation>один из ; , | или tab</translation>
    </message>
    <message>
        <source>Do not keep an export identical to the group&apos;s previous one (the check is still recorded)</source>
        <translation>Не сохранять выгрузку, совпадающую с предыдущей выгрузкой группы (проверка всё равно записывается в журнал)</translation>
    </message>
    <message>
        <source>a line has no setting name: the file is not in INI format</source>
        <translation>в строке нет имени настройки: файл не в формате INI</translation>
    </message>
    <message>
        <source>it holds a control character (the file may be damaged or not text)</source>
        <translation>в значении есть управляющий символ (файл, возможно, повреждён или не текстовый)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>«%1» — не имя хоста</translation>
    </message>
    <message>
        <source>Host names the web view answers to besides localhost, this computer&apos;s name and IP addresses (others get 421, against DNS rebinding)</source>
        <translation>Имена хостов, на которые отвечает веб-страница, кроме localhost, имени этого компьютера и IP-адресов (остальным — 421, защита от DNS rebinding)</translation>
    </message>
    <message>
        <source>host names separated by commas, such as exports.example.com, or * for any</source>
        <translation>имена хостов через запятую, например exports.example.com, или * для любых</translation>
    </message>
    <message>
        <source>the group name %1 is given twice: in EXPORT_GROUPS (%2:%3:%4) and at %5 of this file (%6:%7:%8)</source>
        <translation>имя группы %1 задано дважды: в EXPORT_GROUPS (%2:%3:%4) и в %5 этого файла (%6:%7:%8)</translation>
    </message>
    <message>
        <source>each group name once, across EXPORT_GROUPS and projects.json</source>
        <translation>каждое имя группы один раз во всех EXPORT_GROUPS и projects.json</translation>
    </message>
    <message>
        <source>EXPORT_GROUPS, or a projects.json file (PROJECTS_CONFIG) with groups</source>
        <translation>EXPORT_GROUPS или файл projects.json (PROJECTS_CONFIG) с группами</translation>
    </message>
    <message>
        <source>The Go tool&apos;s projects file: groups of several projects, added to EXPORT_GROUPS (default: projects.json in the working directory, when there is one)</source>
        <translation>Файл проектов Go-утилиты: группы нескольких проектов, в дополнение к EXPORT_GROUPS (по умолчанию projects.json в рабочем каталоге, если он есть)</translation>
    </message>
    <message>
        <source>the path of a projects.json file</source>
        <translation>путь к файлу projects.json</translation>
    </message>
    <message>
        <source>group name &quot;%1&quot; may hold only letters, digits, &apos;-&apos; and &apos;_&apos; (at most 64), and may not start with digits and &apos;_&apos;</source>
        <translation>имя группы «%1» может содержать только буквы, цифры, &apos;-&apos; и &apos;_&apos; (не длиннее 64) и не может начинаться с цифр и &apos;_&apos;</translation>
    </message>
    <message>
        <source>it is required when S3_ENABLED is on</source>
        <translation>обязательно, когда включён S3_ENABLED</translation>
    </message>
    <message>
        <source>not a bucket name</source>
        <translation>это не имя бакета</translation>
    </message>
    <message>
        <source>Keep a second copy of every export in an S3 bucket (AWS, MinIO, Ceph, Yandex Object Storage…)</source>
        <translation>Хранить вторую копию каждой выгрузки в бакете S3 (AWS, MinIO, Ceph, Yandex Object Storage…)</translation>
    </message>
    <message>
        <source>true, 1 or yes to turn it on; false, 0 or no</source>
        <translation>true, 1 или yes — включить; false, 0 или no — выключить</translation>
    </message>
    <message>
        <source>The bucket the exports go to, as exports/&lt;YYYY-MM-DD&gt;/&lt;file name&gt;</source>
        <translation>Бакет для выгрузок, в виде exports/&lt;ГГГГ-ММ-ДД&gt;/&lt;имя файла&gt;</translation>
    </message>
    <message>
        <source>a bucket name: 3 to 63 lower-case letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation>имя бакета: от 3 до 63 строчных букв, цифр, &apos;.&apos; и &apos;-&apos;</translation>
    </message>
    <message>
        <source>Address of an S3-compatible server; empty for AWS</source>
        <translation>Адрес S3-совместимого сервера; пусто — AWS</translation>
    </message>
    <message>
        <source>nothing (AWS), or an http:// or https:// address such as https://storage.yandexcloud.net</source>
        <translation>ничего (AWS) или адрес http:// или https://, например https://storage.yandexcloud.net</translation>
    </message>
    <message>
        <source>The region requests are signed for</source>
        <translation>Регион, для которого подписываются запросы</translation>
    </message>
    <message>
        <source>a region name such as us-east-1 or ru-central1</source>
        <translation>имя региона, например us-east-1 или ru-central1</translation>
    </message>
    <message>
        <source>not a region name</source>
        <translation>это не имя региона</translation>
    </message>
    <message>
        <source>The access key id of the bucket&apos;s credentials</source>
        <translation>Идентификатор ключа доступа к бакету</translation>
    </message>
    <message>
        <source>the access key id your storage gave you</source>
        <translation>идентификатор ключа, выданный хранилищем</translation>
    </message>
    <message>
        <source>The secret key of the bucket&apos;s credentials; never shown</source>
        <translation>Секретный ключ доступа к бакету; никогда не показывается</translation>
    </message>
    <message>
        <source>the secret key your storage gave you</source>
        <translation>секретный ключ, выданный хранилищем</translation>
    </message>
    <message>
        <source>it must be shorter than LEADER_LEASE_DURATION (%1 s)</source>
        <translation>он должен быть короче LEADER_LEASE_DURATION (%1 с)</translation>
    </message>
    <message>
        <source>it must be shorter than LEADER_RENEW_DEADLINE (%1 s)</source>
        <translation>он должен быть короче LEADER_RENEW_DEADLINE (%1 с)</translation>
    </message>
    <message>
        <source>Several replicas on Kubernetes: only the holder of a Lease exports, every replica serves the web view</source>
        <translation>Несколько реплик в Kubernetes: выгружает только держатель Lease, веб-страницу отдаёт каждая реплика</translation>
    </message>
    <message>
        <source>off, auto (on when running in a Kubernetes pod) or on</source>
        <translation>off, auto (включено, если запущено в поде Kubernetes) или on</translation>
    </message>
    <message>
        <source>not off, auto or on</source>
        <translation>не off, auto или on</translation>
    </message>
    <message>
        <source>The Lease the replicas elect a leader on</source>
        <translation>Lease, на котором реплики выбирают ведущую</translation>
    </message>
    <message>
        <source>a Kubernetes object name: lower-case letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>имя объекта Kubernetes: строчные буквы, цифры, «-» и «.»</translation>
    </message>
    <message>
        <source>not a Kubernetes object name</source>
        <translation>не имя объекта Kubernetes</translation>
    </message>
    <message>
        <source>The namespace of the Lease; empty: the pod&apos;s own</source>
        <translation>Пространство имён Lease; пусто — собственное пространство пода</translation>
    </message>
    <message>
        <source>nothing, or a namespace name</source>
        <translation>ничего или имя пространства имён</translation>
    </message>
    <message>
        <source>not a namespace name</source>
        <translation>не имя пространства имён</translation>
    </message>
    <message>
        <source>How long followers wait after the lease was last renewed before they take it</source>
        <translation>Сколько ведомые ждут после последнего продления аренды, прежде чем забрать её</translation>
    </message>
    <message>
        <source>a duration such as 15s, longer than LEADER_RENEW_DEADLINE</source>
        <translation>длительность, например 15s, больше LEADER_RENEW_DEADLINE</translation>
    </message>
    <message>
        <source>A leader that could not renew for this long stops exporting</source>
        <translation>Ведущая, не сумевшая продлить аренду за это время, прекращает выгрузку</translation>
    </message>
    <message>
        <source>a duration such as 10s, longer than LEADER_RETRY_PERIOD</source>
        <translation>длительность, например 10s, больше LEADER_RETRY_PERIOD</translation>
    </message>
    <message>
        <source>How often the lease is read, renewed or tried</source>
        <translation>Как часто аренду читают, продлевают или пробуют взять</translation>
    </message>
    <message>
        <source>a duration such as 2s</source>
        <translation>длительность, например 2s</translation>
    </message>
    <message>
        <source>A dead man&apos;s switch (healthchecks.io, Uptime Kuma): pinged when an export cycle starts (/start), ends well, and fails (/fail, with the reasons)</source>
        <translation>Сигнал «я жив» (healthchecks.io, Uptime Kuma): адрес вызывается, когда цикл выгрузки начинается (/start), завершается успешно и завершается неудачей (/fail, с причинами)</translation>
    </message>
    <message>
        <source>nothing, or an http:// or https:// address such as https://hc-ping.com/your-check-uuid</source>
        <translation>ничего или адрес http:// или https://, например https://hc-ping.com/uuid-вашей-проверки</translation>
    </message>
    <message>
        <source>Webhooks that hear of a failed or recovered group, of many removed test cases and of an overdue export (Slack, Mattermost, Rocket.Chat, Teams, or any)</source>
        <translation>Вебхуки, которые узнают о неудавшейся или восстановившейся группе, о массовом удалении тест-кейсов и о просроченной выгрузке (Slack, Mattermost, Rocket.Chat, Teams или любые)</translation>
    </message>
    <message>
        <source>nothing, or http:// or https:// addresses separated by commas</source>
        <translation>ничего или адреса http:// или https:// через запятую</translation>
    </message>
    <message>
        <source>The shape of an alert: slack ({&quot;text&quot;}, also Mattermost and Rocket.Chat), teams (a message card) or json</source>
        <translation>Вид оповещения: slack ({&quot;text&quot;}, подходит и для Mattermost и Rocket.Chat), teams (карточка сообщения) или json</translation>
    </message>
    <message>
        <source>slack, teams or json</source>
        <translation>slack, teams или json</translation>
    </message>
    <message>
        <source>An export that lacks more test cases than this since the group&apos;s previous one raises an alert</source>
        <translation>Выгрузка, в которой со времени предыдущей выгрузки группы не хватает больше тест-кейсов, вызывает оповещение</translation>
    </message>
    <message>
        <source>a percentage of the previous export&apos;s cases such as 5%, or a count such as 20</source>
        <translation>доля тест-кейсов предыдущей выгрузки, например 5%, или число, например 20</translation>
    </message>
    <message>
        <source>A group with no good export for longer than this raises an alert</source>
        <translation>Группа без удачной выгрузки дольше этого срока вызывает оповещение</translation>
    </message>
    <message>
        <source>a duration such as 26h (at most 7 days)</source>
        <translation>длительность, например 26h (не больше 7 дней)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address</source>
        <translation>«%1» — не адрес http:// или https://</translation>
    </message>
    <message>
        <source>not a format of alerts</source>
        <translation>это не вид оповещений</translation>
    </message>
    <message>
        <source>not a percentage above 0 and up to 100</source>
        <translation>это не доля больше 0 и не больше 100</translation>
    </message>
    <message>
        <source>neither a percentage nor a count of test cases</source>
        <translation>это ни доля, ни число тест-кейсов</translation>
    </message>
    <message>
        <source>Keep by tiers instead of by age: the last export of each of the newest N days, weeks, months and years of a group (RETENTION_DAYS then does not apply)</source>
        <translation>Хранить по уровням, а не по возрасту: последнюю выгрузку группы за каждый из N последних дней, недель, месяцев и лет (RETENTION_DAYS тогда не действует)</translation>
    </message>
    <message>
        <source>nothing, or tiers such as daily:30,weekly:12,monthly:24 (also yearly:N)</source>
        <translation>ничего или уровни, например daily:30,weekly:12,monthly:24 (а также yearly:N)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not daily, weekly, monthly or yearly</source>
        <translation>«%1» — не daily, weekly, monthly или yearly</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a count from 1 to 100000</source>
        <translation>%1: «%2» — не число от 1 до 100000</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 указан дважды</translation>
    </message>
    <message>
        <source>When every export is read again against the SHA-256 the journal recorded (as --verify), with an alert when one changed, went or came in</source>
        <translation>Когда каждая выгрузка перечитывается и сверяется с SHA-256 из журнала (как --verify), с оповещением, если какая-то изменилась, пропала или появилась</translation>
    </message>
    <message>
        <source>a 5-field cron expression (default: Sundays at 05:30), or nothing for never</source>
        <translation>выражение cron из 5 полей (по умолчанию — по воскресеньям в 05:30) или ничего, чтобы не проверять</translation>
    </message>
    <message>
        <source>Keep every test case whole (steps, attachments, custom fields, relations, comments) after each export</source>
        <translation>Сохранять каждый тест-кейс целиком (шаги, вложения, пользовательские поля, связи, комментарии) после каждой выгрузки</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>on или off</translation>
    </message>
    <message>
        <source>Folder of the snapshot store (empty: snapshots/ inside the export folder)</source>
        <translation>Папка хранилища снимков (пусто: snapshots/ внутри папки выгрузок)</translation>
    </message>
    <message>
        <source>an absolute path, or nothing</source>
        <translation>абсолютный путь или ничего</translation>
    </message>
    <message>
        <source>Keep the bytes of attachments in snapshots (off: their names and sizes only)</source>
        <translation>Хранить в снимках содержимое вложений (off: только их имена и размеры)</translation>
    </message>
    <message>
        <source>Requests a snapshot keeps in flight to TestOps</source>
        <translation>Сколько запросов к TestOps снимок держит одновременно</translation>
    </message>
    <message>
        <source>a whole number from 1 to 32</source>
        <translation>целое число от 1 до 32</translation>
    </message>
    <message>
        <source>How often a snapshot reads every case again, not only those with a new modification date</source>
        <translation>Как часто снимок перечитывает все тест-кейсы, а не только те, у которых новая дата изменения</translation>
    </message>
    <message>
        <source>a duration such as 7d, 2w or 12h; 0: every time</source>
        <translation>длительность вроде 7d, 2w или 12h; 0 — каждый раз</translation>
    </message>
    <message>
        <source>Which snapshots to keep: the last of each of the newest N days, weeks, months and years of a group (empty: all)</source>
        <translation>Какие снимки хранить: последний снимок группы за каждый из последних N дней, недель, месяцев и лет (пусто: все)</translation>
    </message>
    <message>
        <source>tiers such as daily:14,weekly:8,monthly:24 (also yearly:N), or nothing</source>
        <translation>уровни вроде daily:14,weekly:8,monthly:24 (а также yearly:N) или ничего</translation>
    </message>
    <message>
        <source>not an absolute path</source>
        <translation>не абсолютный путь</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 1 to 32</source>
        <translation>«%1» — не целое число от 1 до 32</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration in hours, days or weeks</source>
        <translation>«%1» — не длительность в часах, днях или неделях</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Each group of the TestOps test case tree is exported to its own file. The name appears in the file name.</source>
        <translation>Каждая группа дерева тест-кейсов TestOps выгружается в свой файл. Имя группы входит в имя файла.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>ID проекта</translation>
    </message>
    <message>
        <source>Tree id</source>
        <translation>ID дерева</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>ID группы</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Папка выгрузок</translation>
    </message>
    <message>
        <source>none: anyone who can reach the page</source>
        <translation>нет — страница открыта всем, кто до неё дотянется</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>Новый язык применится после перезапуска приложения.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Set by the %1; that value wins over this dialog.</source>
        <translation>Задано через: %1; это значение важнее настроек в этом окне.</translation>
    </message>
    <message>
        <source>The token comes from the %1 and wins over any token saved here.</source>
        <translation>Токен задан через: %1 — и важнее токена, сохранённого здесь.</translation>
    </message>
    <message>
        <source>Kept in the system keychain; without one, in the settings file readable only by you.</source>
        <translation>Хранится в системной связке ключей, а без неё — в файле настроек, доступном для чтения только вам.</translation>
    </message>
    <message>
        <source>Expected: %1.</source>
        <translation>Ожидается: %1.</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Ожидается: %1</translation>
    </message>
    <message>
        <source>Unknown time zone</source>
        <translation>Неизвестный часовой пояс</translation>
    </message>
    <message>
        <source>Next runs (your local time):</source>
        <translation>Ближайшие запуски (по вашему времени):</translation>
    </message>
    <message numerus="yes">
        <source>%n more group(s) come from %1; edit that file to change them.</source>
        <translation>
            <numerusform>Ещё %n группа задана в %1; чтобы изменить её, правьте этот файл.</numerusform>
            <numerusform>Ещё %n группы заданы в %1; чтобы изменить их, правьте этот файл.</numerusform>
            <numerusform>Ещё %n групп задано в %1; чтобы изменить их, правьте этот файл.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Подключение</translation>
    </message>
    <message>
        <source>TestOps &amp;address</source>
        <translation>&amp;Адрес TestOps</translation>
    </message>
    <message>
        <source>API &amp;token</source>
        <translation>API-&amp;токен</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>Пока&amp;зать</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Проверить по&amp;дключение</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Группы</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Доб&amp;авить</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Выбрать в &amp;TestOps…</translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation>&amp;Расписание</translation>
    </message>
    <message>
        <source>Wh&amp;en</source>
        <translation>&amp;Когда</translation>
    </message>
    <message>
        <source>Cron e&amp;xpression</source>
        <translation>Выражение &amp;cron</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Часовой пояс</translation>
    </message>
    <message>
        <source>Retry &amp;after</source>
        <translation>Пов&amp;тор через</translation>
    </message>
    <message>
        <source>&amp;Keep exports for</source>
        <translation>Хранить в&amp;ыгрузки</translation>
    </message>
    <message>
        <source>Export &amp;folder</source>
        <translation>Папка выгр&amp;узок</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Выбр&amp;ать…</translation>
    </message>
    <message>
        <source>R&amp;un a missed export when the app starts</source>
        <translation>Выполнять пропущенную выгрузку при &amp;запуске</translation>
    </message>
    <message>
        <source>Do &amp;not keep an export identical to the previous one</source>
        <translation>&amp;Не сохранять выгрузку, совпадающую с предыдущей</translation>
    </message>
    <message>
        <source>Notif&amp;y when an export succeeds</source>
        <translation>Уведомлять об у&amp;спешной выгрузке</translation>
    </message>
    <message>
        <source>&amp;Web view</source>
        <translation>&amp;Веб-страница</translation>
    </message>
    <message>
        <source>Share with colleagues on the local &amp;network</source>
        <translation>Открыть доступ коллегам в &amp;локальной сети</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>Пор&amp;т</translation>
    </message>
    <message>
        <source>Access &amp;key</source>
        <translation>&amp;Ключ доступа</translation>
    </message>
    <message>
        <source>Gener&amp;ate</source>
        <translation>Со&amp;здать</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Коп&amp;ировать</translation>
    </message>
    <message>
        <source>Genera&amp;l</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <source>Start at log&amp;in</source>
        <translation>Запускать при входе в &amp;систему</translation>
    </message>
    <message>
        <source>Langu&amp;age</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>S&amp;3 storage</source>
        <translation>Хранилище S&amp;3</translation>
    </message>
    <message>
        <source>Every day at</source>
        <translation>Каждый день в</translation>
    </message>
    <message>
        <source>On weekdays at</source>
        <translation>По будням в</translation>
    </message>
    <message>
        <source>Every</source>
        <comment>every N hours</comment>
        <translation>Каждые</translation>
    </message>
    <message>
        <source>Custom (cron, advanced)</source>
        <translation>Своё (cron, для опытных)</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ч</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>всегда</translation>
    </message>
    <message>
        <source>none: wait for the next scheduled export</source>
        <translation>нет: ждать следующей выгрузки по расписанию</translation>
    </message>
    <message>
        <source>No retries: a failed group waits for the next scheduled export.</source>
        <translation>Без повторов: неудавшаяся группа ждёт следующей выгрузки по расписанию.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message numerus="yes">
        <source>A failed group is tried again %n time(s): after %1.</source>
        <translation>
            <numerusform>Неудавшаяся группа повторяется %n раз: через %1.</numerusform>
            <numerusform>Неудавшаяся группа повторяется %n раза: через %1.</numerusform>
            <numerusform>Неудавшаяся группа повторяется %n раз: через %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>These groups come from the %1 (EXPORT_GROUPS), which wins over this dialog: change them there.</source>
        <translation>Эти группы заданы в источнике «%1» (EXPORT_GROUPS), который главнее этого окна: меняйте их там.</translation>
    </message>
    <message>
        <source>CA ce&amp;rtificate</source>
        <translation>Сертификат &amp;УЦ</translation>
    </message>
    <message>
        <source>A PEM file with the certificate of the authority that signed your TestOps server&apos;s certificate (TLS_CA_FILE), for a company&apos;s own CA.</source>
        <translation>Файл PEM с сертификатом центра, подписавшего сертификат вашего сервера TestOps (TLS_CA_FILE), — для собственного центра сертификации компании.</translation>
    </message>
    <message>
        <source>None: the system&apos;s trusted authorities</source>
        <translation>Нет: доверенные центры системы</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Сертификат УЦ</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>В&amp;ыбрать файл…</translation>
    </message>
    <message>
        <source>Ser&amp;ve the exports as a web page</source>
        <translation>Показывать выгрузки на в&amp;еб-странице</translation>
    </message>
    <message>
        <source>Sna&amp;pshots</source>
        <translation>Сни&amp;мки</translation>
    </message>
</context>
<context>
    <name>SnapshotBrowser</name>
    <message>
        <source>Snapshots</source>
        <translation>Снимки</translation>
    </message>
    <message>
        <source>Find by id or name</source>
        <translation>Поиск по ID или названию</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Группа</translation>
    </message>
    <message>
        <source>S&amp;napshot</source>
        <translation>Сн&amp;имок</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Co&amp;mpare with</source>
        <translation>Ср&amp;авнить с</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>No snapshot is kept yet: File → Take a snapshot now.</source>
        <translation>Снимков пока нет: Файл → Сделать снимок сейчас.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничем</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s)</source>
        <translation>
            <numerusform>%n тест-кейс</numerusform>
            <numerusform>%n тест-кейса</numerusform>
            <numerusform>%n тест-кейсов</numerusform>
        </translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>Различий нет.</translation>
    </message>
    <message>
        <source>&amp;Restore in TestOps…</source>
        <translation>&amp;Восстановить в TestOps…</translation>
    </message>
    <message>
        <source>Puts the selected test cases back in TestOps as the snapshot shown kept them: shows exactly what will be written first, then asks.</source>
        <translation>Возвращает выбранные тест-кейсы в TestOps такими, какими их сохранил показанный снимок: сначала показывает, что именно будет записано, и спрашивает.</translation>
    </message>
    <message>
        <source>Reading these test cases in TestOps…</source>
        <translation>Чтение этих тест-кейсов в TestOps…</translation>
    </message>
    <message>
        <source>Sa&amp;ve attachment…</source>
        <translation>&amp;Сохранить вложение…</translation>
    </message>
    <message>
        <source>&amp;Open attachment</source>
        <translation>&amp;Открыть вложение</translation>
    </message>
    <message>
        <source>%1  (its bytes were not kept)</source>
        <translation>%1  (содержимое не сохранилось)</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 не удаётся записать: %2</translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation>Нет приложения, которое открывает %1.</translation>
    </message>
    <message>
        <source>Pick a test case to see it as this snapshot kept it; pick another snapshot under Compare with to see what changed.</source>
        <translation>Выберите тест-кейс, чтобы увидеть его таким, каким его сохранил этот снимок; выберите другой снимок в «Сравнить с», чтобы увидеть, что изменилось.</translation>
    </message>
</context>
<context>
    <name>SnapshotCli</name>
    <message>
        <source>(tried again at %1)</source>
        <translation>(повтор в %1)</translation>
    </message>
    <message>
        <source>No snapshots in %1.</source>
        <translation>В %1 нет снимков.</translation>
    </message>
    <message>
        <source>%1 test cases and %2 shared steps written to %3: %4 files, %5 bytes</source>
        <translation>Тест-кейсов: %1, общих шагов: %2 записано в %3: файлов %4, байт %5</translation>
    </message>
    <message>
        <source>--verify --remote: %1</source>
        <translation>--verify --remote: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was written to TestOps. Add --apply to write these %n case(s).</source>
        <translation>
            <numerusform>Пробный прогон: в TestOps ничего не записано. Добавьте --apply, чтобы записать %n тест-кейс.</numerusform>
            <numerusform>Пробный прогон: в TestOps ничего не записано. Добавьте --apply, чтобы записать %n тест-кейса.</numerusform>
            <numerusform>Пробный прогон: в TestOps ничего не записано. Добавьте --apply, чтобы записать %n тест-кейсов.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a configured group, and no snapshot of it is kept (configured: %2)</source>
        <translation>%1 — не настроенная группа, и её снимков нет (настроены: %2)</translation>
    </message>
    <message>
        <source>No snapshot of group %1 in %2 yet.</source>
        <translation>Снимков группы %1 в %2 пока нет.</translation>
    </message>
    <message>
        <source>--from %1 and --to %2 both name snapshot %3: pick two different snapshots (see --snapshots)</source>
        <translation>--from %1 и --to %2 указывают на один снимок %3: выберите два разных снимка (см. --snapshots)</translation>
    </message>
    <message>
        <source>%1: snapshot %2, that day&apos;s last</source>
        <translation>%1: снимок %2, последний за этот день</translation>
    </message>
    <message>
        <source>no snapshot of %1 is kept, and no group is configured</source>
        <translation>снимков %1 нет, и ни одна группа не настроена</translation>
    </message>
</context>
<context>
    <name>SnapshotCommands</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n тест-кейс</numerusform>
            <numerusform>%n тест-кейса</numerusform>
            <numerusform>%n тест-кейсов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n вложение</numerusform>
            <numerusform>%n вложения</numerusform>
            <numerusform>%n вложений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 новых</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s): %1 read, %2 unchanged</source>
        <translation>
            <numerusform>%n тест-кейс: прочитано %1, без изменений %2</numerusform>
            <numerusform>%n тест-кейса: прочитано %1, без изменений %2</numerusform>
            <numerusform>%n тест-кейсов: прочитано %1, без изменений %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new on disk</source>
        <translation>%1 новых на диске</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n запрос</numerusform>
            <numerusform>%n запроса</numerusform>
            <numerusform>%n запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>TestOps did not count the group</source>
        <translation>TestOps не посчитал группу</translation>
    </message>
    <message numerus="yes">
        <source>verified: TestOps counts %n</source>
        <translation>
            <numerusform>сверено: в TestOps %n</numerusform>
            <numerusform>сверено: в TestOps %n</numerusform>
            <numerusform>сверено: в TestOps %n</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT verified: TestOps counts %1</source>
        <translation>НЕ сходится: в TestOps %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) changed without a new lastModifiedDate</source>
        <translation>
            <numerusform>%n тест-кейс изменился без новой lastModifiedDate</numerusform>
            <numerusform>%n тест-кейса изменились без новой lastModifiedDate</numerusform>
            <numerusform>%n тест-кейсов изменились без новой lastModifiedDate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in the manifest</source>
        <translation>
            <numerusform>%n замечание в манифесте</numerusform>
            <numerusform>%n замечания в манифесте</numerusform>
            <numerusform>%n замечаний в манифесте</numerusform>
        </translation>
    </message>
    <message>
        <source>no snapshot holds test case %1</source>
        <translation>ни один снимок не содержит тест-кейс %1</translation>
    </message>
    <message>
        <source>Kept in %1 (%2)</source>
        <translation>Сохранён в %1 (%2)</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Группа: %1</translation>
    </message>
    <message>
        <source>Status: %1  Layer: %2  Automated: %3</source>
        <translation>Статус: %1  Слой: %2  Автоматизирован: %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Теги:</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>Пользовательские поля:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Ссылки:</translation>
    </message>
    <message>
        <source>Issues:</source>
        <translation>Задачи:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Участники:</translation>
    </message>
    <message>
        <source>Test keys:</source>
        <translation>Тестовые ключи:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Precondition:</source>
        <translation>Предусловие:</translation>
    </message>
    <message>
        <source>Expected result:</source>
        <translation>Ожидаемый результат:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Шаги:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Вложения:</translation>
    </message>
    <message>
        <source>bytes not kept</source>
        <translation>содержимое не сохранено</translation>
    </message>
    <message>
        <source>Relations:</source>
        <translation>Связи:</translation>
    </message>
    <message>
        <source>Comment by %1, %2: %3</source>
        <translation>Комментарий %1, %2: %3</translation>
    </message>
    <message>
        <source>no snapshot %1 (see --snapshots)</source>
        <translation>нет снимка %1 (см. --snapshots)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>… (nested too deep, or too many steps, to show)</source>
        <translation>… (вложено слишком глубоко или шагов слишком много, чтобы показать)</translation>
    </message>
    <message>
        <source>[attachment] %1</source>
        <translation>[вложение] %1</translation>
    </message>
    <message>
        <source>[shared step %1] %2</source>
        <translation>[общий шаг %1] %2</translation>
    </message>
    <message>
        <source>(not returned by TestOps)</source>
        <translation>(TestOps его не вернул)</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Ожидается:</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) copied: </source>
        <translation>
            <numerusform>скопирован %n снимок: </numerusform>
            <numerusform>скопировано %n снимка: </numerusform>
            <numerusform>скопировано %n снимков: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n объект</numerusform>
            <numerusform>%n объекта</numerusform>
            <numerusform>%n объектов</numerusform>
        </translation>
    </message>
    <message>
        <source>each checked by its MD5</source>
        <translation>каждый сверен по MD5</translation>
    </message>
    <message numerus="yes">
        <source>%n in the bucket</source>
        <translation>
            <numerusform>%n в бакете</numerusform>
            <numerusform>%n в бакете</numerusform>
            <numerusform>%n в бакете</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted by SNAPSHOT_KEEP</source>
        <translation>
            <numerusform>%n удалён по SNAPSHOT_KEEP</numerusform>
            <numerusform>%n удалено по SNAPSHOT_KEEP</numerusform>
            <numerusform>%n удалено по SNAPSHOT_KEEP</numerusform>
        </translation>
    </message>
    <message>
        <source>no snapshot of %1 holds test case %2</source>
        <translation>ни один снимок за %1 не содержит тест-кейс %2</translation>
    </message>
    <message>
        <source>snapshot %1 holds no test case %2</source>
        <translation>в снимке %1 нет тест-кейса %2</translation>
    </message>
    <message>
        <source>no snapshot was taken on %1 (see --snapshots)</source>
        <translation>%1 снимков не делалось (см. --snapshots)</translation>
    </message>
    <message>
        <source>there is no snapshot %1: an id of --snapshots, or a date yyyy-MM-dd</source>
        <translation>снимка %1 нет: нужен id из --snapshots или дата yyyy-MM-dd</translation>
    </message>
</context>
<context>
    <name>SnapshotCopy</name>
    <message>
        <source>the bucket cannot be listed: %1</source>
        <translation>не удаётся получить список бакета: %1</translation>
    </message>
    <message>
        <source>snapshot %1 cannot be copied: %2</source>
        <translation>снимок %1 не скопировать: %2</translation>
    </message>
    <message>
        <source>snapshot %1 cannot be copied: object %2 is missing here (--verify)</source>
        <translation>снимок %1 не скопировать: здесь нет объекта %2 (--verify)</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 не читается</translation>
    </message>
    <message>
        <source>the copy in S3 is not the file (its ETag %1)</source>
        <translation>копия в S3 не совпадает с файлом (её ETag %1)</translation>
    </message>
    <message>
        <source>%1 could not be copied: %2</source>
        <translation>%1 не удалось скопировать: %2</translation>
    </message>
</context>
<context>
    <name>SnapshotDiff</name>
    <message>
        <source>No difference.</source>
        <translation>Различий нет.</translation>
    </message>
    <message>
        <source>There is no snapshot %1.</source>
        <translation>Снимка %1 нет.</translation>
    </message>
    <message>
        <source>Snapshot %1 holds no test case %2.</source>
        <translation>В снимке %1 нет тест-кейса %2.</translation>
    </message>
</context>
<context>
    <name>SnapshotFront</name>
    <message>
        <source>snapshots are off (SNAPSHOTS=off) or the app is not configured</source>
        <translation>снимки выключены (SNAPSHOTS=off) или приложение не настроено</translation>
    </message>
    <message>
        <source>%1 is not a configured group (configured: %2)</source>
        <translation>%1 — не настроенная группа (настроены: %2)</translation>
    </message>
    <message>
        <source>the snapshots are not copied to S3 (SNAPSHOTS and S3_ENABLED)</source>
        <translation>снимки не копируются в S3 (SNAPSHOTS и S3_ENABLED)</translation>
    </message>
    <message>
        <source>the app is not configured</source>
        <translation>приложение не настроено</translation>
    </message>
    <message>
        <source>no snapshot %1 in %2 (see --snapshots)</source>
        <translation>в %2 нет снимка %1 (см. --snapshots)</translation>
    </message>
    <message>
        <source>snapshot %1 holds no attachment %2 of test case %3</source>
        <translation>в снимке %1 нет вложения %2 тест-кейса %3</translation>
    </message>
    <message>
        <source>the bytes of %1 were not kept: TestOps did not give them when the snapshot was taken</source>
        <translation>содержимое %1 не сохранилось: TestOps не отдал его, когда делался снимок</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: take it with --extract-snapshot</source>
        <translation>%1 больше %2 МБ: возьмите его через --extract-snapshot</translation>
    </message>
    <message>
        <source>groups %1 each have a snapshot on %2: say which with --group</source>
        <translation>у групп %1 есть снимки за %2: укажите нужную через --group</translation>
    </message>
    <message>
        <source>no snapshot %1 of group %2 in %3 (see --snapshots)</source>
        <translation>нет снимка %1 группы %2 в %3 (см. --snapshots)</translation>
    </message>
</context>
<context>
    <name>SnapshotRestore</name>
    <message>
        <source>TestOps does not give the %1 of test case %2 (an older version?)</source>
        <translation>TestOps не отдаёт %1 тест-кейса %2 (старая версия?)</translation>
    </message>
    <message>
        <source>test case %1 is not in snapshot %2</source>
        <translation>тест-кейса %1 нет в снимке %2</translation>
    </message>
    <message>
        <source>created again with a new id; TestOps sets its own creation date and author, and each comment says who wrote it and when</source>
        <translation>создаётся заново с новым id; дату и автора создания TestOps ставит свои, а каждый комментарий называет, кто и когда его написал</translation>
    </message>
    <message>
        <source>created again as %1 by an earlier restore: completed</source>
        <translation>создан заново как %1 прошлым восстановлением: дописывается</translation>
    </message>
    <message>
        <source>shared step %1 is gone from TestOps and not in the snapshot</source>
        <translation>общего шага %1 нет ни в TestOps, ни в снимке</translation>
    </message>
    <message>
        <source>gone: created again with its steps</source>
        <translation>исчез: создаётся заново со своими шагами</translation>
    </message>
    <message>
        <source>archived: unarchived</source>
        <translation>в архиве: возвращается из архива</translation>
    </message>
    <message>
        <source>exists: used as it is</source>
        <translation>есть: используется как есть</translation>
    </message>
    <message>
        <source>written: %1</source>
        <translation>записано: %1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>сверено</translation>
    </message>
    <message>
        <source>still differs: %1</source>
        <translation>всё ещё отличается: %1</translation>
    </message>
    <message>
        <source>not in its group</source>
        <translation>не в своей группе</translation>
    </message>
    <message>
        <source>written: %1; failed: %2</source>
        <translation>записано: %1; ошибка: %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>остановлено: %1</translation>
    </message>
    <message>
        <source>the case cannot be read back</source>
        <translation>тест-кейс не удаётся перечитать</translation>
    </message>
    <message>
        <source>Before the restore from snapshot %1</source>
        <translation>Перед восстановлением из снимка %1</translation>
    </message>
    <message>
        <source>no version saved: this TestOps keeps none</source>
        <translation>версия не сохранена: этот TestOps их не хранит</translation>
    </message>
    <message>
        <source>attachment %1 was not kept (its bytes were missing): not uploaded</source>
        <translation>вложение %1 не сохранено (его содержимого не было): не загружается</translation>
    </message>
    <message>
        <source>Written by %1 on %2 (restored from snapshot %3):</source>
        <translation>Написал %1, %2 (восстановлено из снимка %3):</translation>
    </message>
    <message>
        <source>the answer was lost; reading TestOps back found the new test case %1</source>
        <translation>ответ потерялся; перечитав TestOps, нашли новый тест-кейс %1</translation>
    </message>
    <message>
        <source>not created: the answer was lost, and TestOps has no new test case by this name; run the restore again</source>
        <translation>не создан: ответ потерялся, и в TestOps нет нового тест-кейса с таким названием; запустите восстановление снова</translation>
    </message>
    <message>
        <source>not known whether it was created: the answer was lost, and %1; look in TestOps before running the restore again</source>
        <translation>неизвестно, создан ли он: ответ потерялся, и %1; проверьте TestOps, прежде чем запускать восстановление снова</translation>
    </message>
    <message>
        <source>its relation to test case %1 is left out: that case is gone from TestOps and not restored in this run</source>
        <translation>его связь с тест-кейсом %1 пропускается: тот тест-кейс удалён из TestOps и в этом запуске не восстанавливается</translation>
    </message>
    <message>
        <source>an earlier restore left it half-built as %1: that one is archived</source>
        <translation>прошлое восстановление оставило его недостроенным как %1: тот отправлен в архив</translation>
    </message>
    <message>
        <source>the snapshot&apos;s scenario nests steps deeper than %1 (or a step is among its own children): not written further</source>
        <translation>в сценарии снимка шаги вложены глубже %1 уровней (или шаг вложен сам в себя): дальше не записано</translation>
    </message>
    <message>
        <source>a step showing attachment %1 is left out: its bytes were not kept</source>
        <translation>шаг с вложением %1 пропущен: его содержимое не сохранилось</translation>
    </message>
    <message>
        <source>TestOps answered a new step without its id</source>
        <translation>TestOps ответил на создание шага без его id</translation>
    </message>
    <message>
        <source>TestOps made no expected result for a step that has one</source>
        <translation>TestOps не создал ожидаемый результат для шага, у которого он есть</translation>
    </message>
    <message>
        <source>TestOps answered a new shared step without its id</source>
        <translation>TestOps ответил на создание общего шага без его id</translation>
    </message>
    <message>
        <source>TestOps answered the upload of %1 without an attachment id</source>
        <translation>TestOps ответил на загрузку %1 без id вложения</translation>
    </message>
    <message>
        <source>project %1: %2</source>
        <translation>проект %1: %2</translation>
    </message>
    <message>
        <source>created in project %1 with a new id; TestOps sets its own creation date and author, and each comment says who wrote it and when</source>
        <translation>создан в проекте %1 с новым id; дату создания и автора TestOps ставит свои, а каждый комментарий говорит, кто и когда его написал</translation>
    </message>
    <message>
        <source>its relation to test case %1 is left out: that case is not restored into project %2 in this run</source>
        <translation>связь с тест-кейсом %1 пропущена: этот кейс не восстанавливается в проект %2 в этом запуске</translation>
    </message>
    <message>
        <source>created in project %1 with its steps</source>
        <translation>создан в проекте %1 со своими шагами</translation>
    </message>
    <message>
        <source>shared step %1 is not in the snapshot, so it cannot be created (again)</source>
        <translation>общего шага %1 нет в снимке, поэтому его нельзя создать (заново)</translation>
    </message>
    <message>
        <source>its relation to test case %1 is left out: that case was not created</source>
        <translation>связь с тест-кейсом %1 пропущена: этот кейс не был создан</translation>
    </message>
    <message>
        <source>shared step %1 was not created: the answer was lost, and TestOps has no new one by its name; run the restore again</source>
        <translation>общий шаг %1 не создан: ответ потерялся, а нового шага с таким именем в TestOps нет; запустите восстановление снова</translation>
    </message>
    <message>
        <source>not known whether shared step %1 was created: the answer was lost, and %2; look in TestOps before running the restore again</source>
        <translation>неизвестно, создан ли общий шаг %1: ответ потерялся, и %2; проверьте TestOps, прежде чем запускать восстановление снова</translation>
    </message>
    <message>
        <source>a comment was not posted: the answer was lost, and TestOps does not have it; run the restore again</source>
        <translation>комментарий не добавлен: ответ потерялся, и в TestOps его нет; запустите восстановление снова</translation>
    </message>
    <message>
        <source>not known whether a comment was posted: the answer was lost, and %1; look in TestOps before running the restore again</source>
        <translation>неизвестно, добавлен ли комментарий: ответ потерялся, и %1; проверьте TestOps, прежде чем запускать восстановление снова</translation>
    </message>
    <message>
        <source>%1 is not a newer snapshot of group %2 than %3</source>
        <translation>%1 — не более новый снимок группы %2, чем %3</translation>
    </message>
    <message>
        <source>changed in TestOps on %1, after snapshot %2: left alone (--force puts it back)</source>
        <translation>изменён в TestOps %1, после снимка %2: оставлен как есть (--force вернёт его)</translation>
    </message>
    <message>
        <source>TestOps could not be read</source>
        <translation>TestOps не удалось прочитать</translation>
    </message>
    <message>
        <source>there is no project %1 in TestOps (or the token cannot see it): --to-project wants the id of an existing project</source>
        <translation>в TestOps нет проекта %1 (или токену он не виден): --to-project ждёт id существующего проекта</translation>
    </message>
</context>
<context>
    <name>SnapshotRestoreFlow</name>
    <message>
        <source>Restore in TestOps</source>
        <translation>Восстановление в TestOps</translation>
    </message>
</context>
<context>
    <name>SnapshotSession</name>
    <message>
        <source>the snapshot before (%1) cannot be read (%2): every case is read again</source>
        <translation>предыдущий снимок (%1) не читается (%2): все тест-кейсы читаются заново</translation>
    </message>
    <message>
        <source>and more</source>
        <translation>и другие</translation>
    </message>
    <message>
        <source>the tree node %1 answered without a page of children</source>
        <translation>узел дерева %1 ответил без страницы дочерних элементов</translation>
    </message>
    <message>
        <source>the tree below the group is deeper than %1 levels (%2): is it a loop?</source>
        <translation>дерево под группой глубже %1 уровней (%2): не петля ли это?</translation>
    </message>
    <message>
        <source>shared step %1 (used by %2) is not in TestOps any more: the steps keep its id</source>
        <translation>общего шага %1 (используется в %2) больше нет в TestOps: шаги хранят его id</translation>
    </message>
    <message>
        <source>test case %1 (%2) was deleted while the snapshot was taken</source>
        <translation>тест-кейс %1 (%2) удалён, пока делался снимок</translation>
    </message>
    <message>
        <source>test case %1 (%2): a step uses shared step %3, which TestOps does not return</source>
        <translation>тест-кейс %1 (%2): шаг использует общий шаг %3, которого TestOps не возвращает</translation>
    </message>
    <message>
        <source>test case %1 (%2): a step shows attachment %3, which TestOps does not list</source>
        <translation>тест-кейс %1 (%2): шаг показывает вложение %3, которого нет в списке TestOps</translation>
    </message>
    <message>
        <source>the snapshot store cannot take it: %1</source>
        <translation>хранилище снимков не может это принять: %1</translation>
    </message>
    <message>
        <source>shared step %1 (%2)</source>
        <translation>общий шаг %1 (%2)</translation>
    </message>
    <message>
        <source>test case %1 (%2)</source>
        <translation>тест-кейс %1 (%2)</translation>
    </message>
    <message>
        <source>%1: attachment %2 (%3) has no bytes in TestOps (marked missed)</source>
        <translation>%1: у вложения %2 (%3) нет содержимого в TestOps (отмечено missed)</translation>
    </message>
    <message>
        <source>%1: attachment %2 (%3) is listed, its bytes are not found (404)</source>
        <translation>%1: вложение %2 (%3) в списке, но его содержимое не найдено (404)</translation>
    </message>
    <message>
        <source>%1: attachment %2 (%3) is listed with %4 bytes and has %5</source>
        <translation>%1: вложение %2 (%3) указано размером %4 байт, а в нём %5</translation>
    </message>
    <message>
        <source>test case %1 (%2) changed without a new lastModifiedDate</source>
        <translation>тест-кейс %1 (%2) изменился без новой lastModifiedDate</translation>
    </message>
    <message>
        <source>TestOps counts %1 test cases in the group; the snapshot holds %2</source>
        <translation>TestOps насчитывает в группе %1 тест-кейсов; в снимке %2</translation>
    </message>
    <message>
        <source>the tree node %1 lists more than %2 pages: is its paging broken?</source>
        <translation>узел дерева %1 содержит больше %2 страниц: не сломано ли постраничное чтение?</translation>
    </message>
    <message>
        <source>test case %1 lists more than %2 pages of rows: is its paging broken?</source>
        <translation>тест-кейс %1 содержит больше %2 страниц строк: не сломано ли постраничное чтение?</translation>
    </message>
    <message>
        <source>TestOps answers 404 for the %1 of %2 %3, whose record it gives: this TestOps may lack the call; the snapshot cannot be whole without it</source>
        <translation>TestOps отвечает 404 на %1 для %2 %3, хотя саму запись отдаёт: возможно, в этой версии TestOps нет такого вызова; без него снимок не будет полным</translation>
    </message>
    <message>
        <source>shared step</source>
        <translation>общего шага</translation>
    </message>
    <message>
        <source>test case</source>
        <translation>тест-кейса</translation>
    </message>
    <message>
        <source>the overview of test case %1 is not a test case (no id)</source>
        <translation>обзор тест-кейса %1 — не тест-кейс (нет id)</translation>
    </message>
    <message>
        <source>%1: attachment %2 (%3) is not kept: %4</source>
        <translation>%1: вложение %2 (%3) не сохранено: %4</translation>
    </message>
</context>
<context>
    <name>SnapshotSettingsPage</name>
    <message>
        <source>&amp;Keep every test case whole after each export: steps, attachments, custom fields, relations, comments</source>
        <translation>&amp;Сохранять каждый тест-кейс целиком после каждой выгрузки: шаги, вложения, пользовательские поля, связи, комментарии</translation>
    </message>
    <message>
        <source>Keep the &amp;bytes of attachments</source>
        <translation>Хранить сод&amp;ержимое вложений</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>Пап&amp;ка</translation>
    </message>
    <message>
        <source>&amp;Requests at once</source>
        <translation>&amp;Запросов одновременно</translation>
    </message>
    <message>
        <source>Read &amp;every case again every</source>
        <translation>Пере&amp;читывать все тест-кейсы каждые</translation>
    </message>
    <message>
        <source>A case whose modification date has not moved is taken from the snapshot before, without a request. Keep: the last snapshot of each of the newest days, weeks and months of a group; the newest always stays.</source>
        <translation>Тест-кейс, у которого не изменилась дата изменения, берётся из предыдущего снимка без запроса. Хранить: последний снимок группы за каждый из последних дней, недель и месяцев; самый новый остаётся всегда.</translation>
    </message>
    <message>
        <source>snapshots/ inside the export folder</source>
        <translation>snapshots/ внутри папки выгрузок</translation>
    </message>
    <message>
        <source>7d, 2w, 12h; 0: every time</source>
        <translation>7d, 2w, 12h; 0 — каждый раз</translation>
    </message>
    <message>
        <source>daily:14,weekly:8,monthly:24; empty: all</source>
        <translation>daily:14,weekly:8,monthly:24; пусто — все</translation>
    </message>
    <message>
        <source>&amp;Tiers to keep</source>
        <translation>&amp;Хранить снимки</translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>more than %1 bytes came, far more than TestOps listed</source>
        <translation>пришло больше %1 байт — гораздо больше, чем указал TestOps</translation>
    </message>
</context>
<context>
    <name>SnapshotWords</name>
    <message>
        <source>%1 of %2 test cases…</source>
        <translation>%1 из %2 тест-кейсов…</translation>
    </message>
    <message>
        <source>listing the test cases…</source>
        <translation>список тест-кейсов…</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>не удался: %1</translation>
    </message>
    <message>
        <source>tried again %1</source>
        <translation>повтор %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s)</source>
        <translation>
            <numerusform>%n тест-кейс</numerusform>
            <numerusform>%n тест-кейса</numerusform>
            <numerusform>%n тест-кейсов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n вложение</numerusform>
            <numerusform>%n вложения</numerusform>
            <numerusform>%n вложений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>сегодня в %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>завтра в %1</translation>
    </message>
    <message>
        <source>Not configured: %1</source>
        <translation>Не настроено: %1</translation>
    </message>
    <message>
        <source>Exporting group %1 of %2: %3</source>
        <translation>Выгружается группа %1 из %2: %3</translation>
    </message>
    <message>
        <source>Waiting to retry %1 %2</source>
        <translation>Ожидание повтора: %1, %2</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Идёт выгрузка</translation>
    </message>
    <message>
        <source>Last export failed: %1</source>
        <translation>Последняя выгрузка не удалась: %1</translation>
    </message>
    <message>
        <source>Schedule paused</source>
        <translation>Расписание приостановлено</translation>
    </message>
    <message>
        <source>Next export %1</source>
        <translation>Следующая выгрузка %1</translation>
    </message>
    <message>
        <source>TestOps Export</source>
        <translation>Выгрузка TestOps</translation>
    </message>
    <message>
        <source>Schedule paused; the last export failed: %1</source>
        <translation>Расписание приостановлено; последняя выгрузка не удалась: %1</translation>
    </message>
</context>
<context>
    <name>TestOpsClient</name>
    <message>
        <source>the token endpoint answered without an access_token</source>
        <translation>сервер выдачи токенов ответил без access_token</translation>
    </message>
    <message>
        <source>authentication failed: the server refused the API token (HTTP %1%2); check TESTOPS_TOKEN</source>
        <translation>ошибка аутентификации: сервер отклонил API-токен (HTTP %1%2); проверьте TESTOPS_TOKEN</translation>
    </message>
    <message>
        <source>could not connect to %1 within %2 s</source>
        <translation>не удалось подключиться к %1 за %2 с</translation>
    </message>
    <message>
        <source>the server&apos;s answer is larger than expected</source>
        <translation>ответ сервера больше ожидаемого</translation>
    </message>
    <message>
        <source>the file was closed</source>
        <translation>файл закрыт</translation>
    </message>
    <message>
        <source>cannot write the export file: %1</source>
        <translation>не удаётся записать файл выгрузки: %1</translation>
    </message>
    <message>
        <source>the server sent an empty file</source>
        <translation>сервер прислал пустой файл</translation>
    </message>
    <message>
        <source>the download ended early: %1 of %2 bytes</source>
        <translation>скачивание оборвалось: %1 из %2 байт</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not JSON (%1)</source>
        <translation>ответ сервера — не JSON (%1)</translation>
    </message>
    <message>
        <source>the server sent no HTTP answer</source>
        <translation>сервер не прислал HTTP-ответ</translation>
    </message>
    <message>
        <source>host %1 not found (DNS): check TESTOPS_BASE_URL</source>
        <translation>узел %1 не найден (DNS): проверьте TESTOPS_BASE_URL</translation>
    </message>
    <message>
        <source>the server closed the connection before the answer was complete</source>
        <translation>сервер закрыл соединение до конца ответа</translation>
    </message>
    <message>
        <source>the server sent nothing for %1 s</source>
        <translation>сервер ничего не присылал %1 с</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 is not trusted (%2): set TLS_CA_FILE to your CA</source>
        <translation>TLS-сертификату %1 нет доверия (%2): укажите свой удостоверяющий центр в TLS_CA_FILE</translation>
    </message>
    <message>
        <source>the proxy failed: %1</source>
        <translation>ошибка прокси: %1</translation>
    </message>
    <message>
        <source>host %1 is unreachable: %2</source>
        <translation>узел %1 недоступен: %2</translation>
    </message>
    <message>
        <source>the access token was rejected (HTTP 401)%1; check TESTOPS_TOKEN</source>
        <translation>токен доступа отклонён (HTTP 401)%1; проверьте TESTOPS_TOKEN</translation>
    </message>
    <message>
        <source>no access: the token&apos;s user may not see this project (HTTP 403)%1</source>
        <translation>нет доступа: владельцу токена не виден этот проект (HTTP 403)%1</translation>
    </message>
    <message>
        <source>not found (HTTP 404)%1: check the project, tree and group ids</source>
        <translation>не найдено (HTTP 404)%1: проверьте идентификаторы проекта, дерева и группы</translation>
    </message>
    <message>
        <source>the server asks to slow down (HTTP 429)%1</source>
        <translation>сервер просит снизить частоту запросов (HTTP 429)%1</translation>
    </message>
    <message>
        <source>server error %1 (the server answered with a web page)</source>
        <translation>ошибка сервера %1 (сервер ответил веб-страницей)</translation>
    </message>
    <message>
        <source>server error %1%2</source>
        <translation>ошибка сервера %1%2</translation>
    </message>
    <message>
        <source>the server answered HTTP %1%2</source>
        <translation>сервер ответил HTTP %1%2</translation>
    </message>
    <message>
        <source>the server returned a web page instead of JSON: check TESTOPS_BASE_URL, or whether a proxy or a login page stands in front of TestOps</source>
        <translation>сервер вернул веб-страницу вместо JSON: проверьте TESTOPS_BASE_URL и нет ли перед TestOps прокси или страницы входа</translation>
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
        <translation>вместо TestOps ответила веб-страница (ожидался %1), хотя по этому адресу TestOps принял токен: между ними прокси или страница входа; попросите тех, кто ими управляет, пропускать %2</translation>
    </message>
    <message>
        <source>the server sent its answer encoded as &quot;%1&quot;, which was not asked for (gzip or none)</source>
        <translation>сервер прислал ответ в кодировке «%1», о которой его не просили (только gzip или без сжатия)</translation>
    </message>
    <message>
        <source>the answer ended inside its gzip stream, after %1 bytes: it was cut short</source>
        <translation>ответ оборвался внутри потока gzip после %1 байт: он неполный</translation>
    </message>
    <message>
        <source>the connection ended after the %1 of %2 was sent and before TestOps answered: whether TestOps did it is not known</source>
        <translation>соединение прервалось после отправки %1 %2 и до ответа TestOps: выполнил ли TestOps запрос, неизвестно</translation>
    </message>
    <message>
        <source>TestOps could not sign in (its sign-in service failed; the token was not judged): %1</source>
        <translation>TestOps не смог выполнить вход (отказала его служба входа; токен не проверялся): %1</translation>
    </message>
    <message>
        <source>TestOps cannot be reached to sign in: %1</source>
        <translation>TestOps недоступен для входа: %1</translation>
    </message>
    <message>
        <source>host %1 refused the connection: is TestOps running there, and is the port in TESTOPS_BASE_URL right? (a VPN may be needed to reach it)</source>
        <translation>хост %1 отказал в соединении: запущен ли там TestOps и верен ли порт в TESTOPS_BASE_URL? (может понадобиться VPN)</translation>
    </message>
    <message>
        <source>an attachment&apos;s bytes</source>
        <translation>содержимое вложения</translation>
    </message>
    <message>
        <source>the server answered %1 where the whole file was expected</source>
        <translation>сервер ответил %1 там, где ожидался весь файл</translation>
    </message>
</context>
<context>
    <name>TestOpsWrite</name>
    <message>
        <source>%1 does not list these test cases as removed or changed: %2</source>
        <translation>в %1 эти тест-кейсы не значатся удалёнными или изменёнными: %2</translation>
    </message>
    <message>
        <source>Nothing to undo: %1 lists no such change.</source>
        <translation>Отменять нечего: в %1 нет таких изменений.</translation>
    </message>
    <message>
        <source>What was written to TestOps from the comparison of %1 with %2.</source>
        <translation>Что записано в TestOps по сравнению %1 с %2.</translation>
    </message>
    <message>
        <source>What will be written to TestOps to undo the changes between %1 and %2. Nothing is written until you press Write to TestOps.</source>
        <translation>Что будет записано в TestOps, чтобы отменить изменения между %1 и %2. Ничего не записывается, пока вы не нажмёте «Записать в TestOps».</translation>
    </message>
    <message>
        <source>A case whose fields are put back is saved as a version in TestOps first.</source>
        <translation>Тест-кейс, поля которого возвращаются, сначала сохраняется в TestOps как версия.</translation>
    </message>
    <message>
        <source>shared step %1  %2</source>
        <translation>общий шаг %1  %2</translation>
    </message>
    <message>
        <source>Nothing to put back: TestOps holds these test cases as snapshot %1 kept them.</source>
        <translation>Возвращать нечего: в TestOps эти тест-кейсы такие же, какими их сохранил снимок %1.</translation>
    </message>
    <message>
        <source>What was written to TestOps from snapshot %1.</source>
        <translation>Что записано в TestOps из снимка %1.</translation>
    </message>
    <message>
        <source>What will be written to TestOps to put these test cases back as snapshot %1 kept them. A changed case is saved as a version in TestOps first. Nothing is written until you press Write to TestOps.</source>
        <translation>Что будет записано в TestOps, чтобы вернуть эти тест-кейсы такими, какими их сохранил снимок %1. Изменённый тест-кейс сначала сохраняется в TestOps как версия. Ничего не записывается, пока вы не нажмёте «Записать в TestOps».</translation>
    </message>
    <message>
        <source>Create it again (TestOps gives it a new id)</source>
        <translation>Создать заново (TestOps даст новый id)</translation>
    </message>
    <message>
        <source>Restore it, with its id</source>
        <translation>Восстановить с тем же id</translation>
    </message>
    <message>
        <source>Put back: %1</source>
        <translation>Возвращено: %1</translation>
    </message>
    <message>
        <source>Left alone: %1</source>
        <translation>Оставлен как есть: %1</translation>
    </message>
    <message>
        <source>As kept: nothing to write</source>
        <translation>Как в снимке: записывать нечего</translation>
    </message>
    <message>
        <source>Parts: %1</source>
        <translation>Части: %1</translation>
    </message>
    <message>
        <source>Written and read back: as kept</source>
        <translation>Записано и перечитано: как в снимке</translation>
    </message>
    <message>
        <source>Written; still differs: %1</source>
        <translation>Записано; всё ещё отличается: %1</translation>
    </message>
    <message>
        <source>not in its group</source>
        <translation>не в своей группе</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>Its new id: %1</source>
        <translation>Новый id: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничем</translation>
    </message>
    <message>
        <source>the settings changed since it was opened: nothing was written; open it again</source>
        <translation>настройки изменились после того, как это было открыто: ничего не записано; откройте снова</translation>
    </message>
    <message>
        <source>the settings changed while it was written: the rows marked done were written, the others not; open it again for the rest</source>
        <translation>настройки изменились во время записи: строки с отметкой «сделано» записаны, остальные нет; откройте снова, чтобы записать остальное</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Run export now</source>
        <translation>Запустить выгрузку сейчас</translation>
    </message>
    <message>
        <source>Open exports window</source>
        <translation>Открыть окно выгрузок</translation>
    </message>
    <message>
        <source>Open web page</source>
        <translation>Открыть веб-страницу</translation>
    </message>
    <message>
        <source>Open export folder</source>
        <translation>Открыть папку выгрузок</translation>
    </message>
    <message>
        <source>Pause schedule</source>
        <translation>Приостановить расписание</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>TestOps Export</source>
        <translation>Выгрузка TestOps</translation>
    </message>
    <message>
        <source>Resume schedule</source>
        <translation>Возобновить расписание</translation>
    </message>
    <message>
        <source>TestOps export failed</source>
        <translation>Выгрузка TestOps не удалась</translation>
    </message>
    <message>
        <source>TestOps export done</source>
        <translation>Выгрузка TestOps завершена</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Выгружено: %1</translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <translation>Не удалось: %1.</translation>
    </message>
    <message>
        <source>Click to retry or open the settings.</source>
        <translation>Нажмите, чтобы повторить или открыть настройки.</translation>
    </message>
    <message>
        <source>Test cases removed in TestOps</source>
        <translation>В TestOps удалены тест-кейсы</translation>
    </message>
    <message>
        <source>%1: %2 of %3 test cases removed since the previous export.</source>
        <translation>%1: удалено %2 из %3 тест-кейсов с прошлой выгрузки.</translation>
    </message>
    <message>
        <source>Click to see which.</source>
        <translation>Нажмите, чтобы увидеть какие.</translation>
    </message>
    <message>
        <source>Snapshot browser…</source>
        <translation>Обзор снимков…</translation>
    </message>
</context>
<context>
    <name>TreeBrowser</name>
    <message>
        <source>Could not load %1: %2</source>
        <translation>Не удалось загрузить %1: %2</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Загрузка проектов…</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>проекты</translation>
    </message>
    <message>
        <source>This token sees no projects.</source>
        <translation>Владельцу токена не видно ни одного проекта.</translation>
    </message>
    <message>
        <source>Loading trees…</source>
        <translation>Загрузка деревьев…</translation>
    </message>
    <message>
        <source>trees</source>
        <translation>деревья</translation>
    </message>
    <message>
        <source>This project has no trees.</source>
        <translation>В этом проекте нет деревьев.</translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation>Загрузка групп…</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>группы</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>This tree has no groups.</source>
        <translation>В этом дереве нет групп.</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Проект</translation>
    </message>
    <message>
        <source>&amp;Groups (tick every group to export)</source>
        <translation>Гр&amp;уппы (отметьте каждую группу для выгрузки)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>Тест-кейсы</translation>
    </message>
    <message>
        <source>Tr&amp;ee</source>
        <translation>Дер&amp;ево</translation>
    </message>
    <message numerus="yes">
        <source>%n more group(s) ticked in other projects or trees.</source>
        <translation>
            <numerusform>Ещё %n группа отмечена в других проектах или деревьях.</numerusform>
            <numerusform>Ещё %n группы отмечены в других проектах или деревьях.</numerusform>
            <numerusform>Ещё %n групп отмечено в других проектах или деревьях.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TreeBrowserDialog</name>
    <message>
        <source>Choose groups in TestOps</source>
        <translation>Выбор групп в TestOps</translation>
    </message>
</context>
<context>
    <name>WebPage</name>
    <message>
        <source>TestOps exports</source>
        <translation>Выгрузки TestOps</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Запустить сейчас</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Идёт выгрузка…</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлов</translation>
    </message>
    <message>
        <source>Total size</source>
        <translation>Общий размер</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Последняя выгрузка</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Следующий запуск</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>приостановлено</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Последний результат</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Выгрузки</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Выгружено</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>Тест-кейсы</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Скачать</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>No exports yet.</source>
        <translation>Выгрузок пока нет.</translation>
    </message>
    <message>
        <source>Export started.</source>
        <translation>Выгрузка запущена.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Выгрузка уже идёт.</translation>
    </message>
    <message>
        <source>The export ended with errors: %1</source>
        <translation>Выгрузка завершилась с ошибками: %1</translation>
    </message>
    <message>
        <source>Group %1 of %2: %3</source>
        <translation>Группа %1 из %2: %3</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Сервер недоступен.</translation>
    </message>
    <message>
        <source>This page asks for an access key. Ask the person who runs the export app for it.</source>
        <translation>Для этой страницы нужен ключ доступа. Спросите его у того, кто запускает приложение выгрузки.</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Ключ доступа</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>That key is not right.</source>
        <translation>Ключ неверный.</translation>
    </message>
    <message>
        <source>Done. New files: %1.</source>
        <translation>Готово. Новых файлов: %1.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>first export</source>
        <translation>первая выгрузка</translation>
    </message>
    <message>
        <source>comparing…</source>
        <translation>сравнение…</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>не сравнивался</translation>
    </message>
    <message>
        <source>All exports</source>
        <translation>Все выгрузки</translation>
    </message>
    <message>
        <source>Changes in %1</source>
        <translation>Изменения в %1</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>Сравнение с %1</translation>
    </message>
    <message>
        <source>The previous file was deleted, so old texts cannot be shown.</source>
        <translation>Предыдущий файл удалён, поэтому прежние тексты показать нельзя.</translation>
    </message>
    <message>
        <source>Columns added: %1</source>
        <translation>Добавлены столбцы: %1</translation>
    </message>
    <message>
        <source>Columns removed: %1</source>
        <translation>Удалены столбцы: %1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавленные</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалённые</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменённые</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалён</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <source>This export was not compared: %1</source>
        <translation>Эта выгрузка не сравнивалась: %1</translation>
    </message>
    <message>
        <source>Too many wrong keys came from this address. Try again in %1 s.</source>
        <translation>С этого адреса пришло слишком много неверных ключей. Попробуйте снова через %1 с.</translation>
    </message>
    <message>
        <source>Storage cleanup in TestOps</source>
        <translation>Очистка хранилища в TestOps</translation>
    </message>
    <message>
        <source>TestOps deletes the attachments, scenarios and fixtures of closed launches by these rules: for each kind and test status, the earliest delay of a global rule and of the project&apos;s rule applies; a cell without a rule is never deleted. This page only shows them; they are changed in the desktop app or with --cleanup-rules.</source>
        <translation>TestOps удаляет вложения, сценарии и фикстуры закрытых запусков по этим правилам: для каждого вида и статуса теста действует меньшая из задержек глобального правила и правила проекта; то, для чего правила нет, не удаляется никогда. Эта страница их только показывает; меняют их в настольном приложении или через --cleanup-rules.</translation>
    </message>
    <message>
        <source>Reading the rules from TestOps…</source>
        <translation>Читаем правила из TestOps…</translation>
    </message>
    <message>
        <source>The rules cannot be read: %1</source>
        <translation>Правила не прочитать: %1</translation>
    </message>
    <message>
        <source>The full rule set is in place.</source>
        <translation>Полный набор правил на месте.</translation>
    </message>
    <message>
        <source>%1 of 15 cells have no rule: those artefacts are never deleted.</source>
        <translation>В %1 из 15 клеток нет правила: эти артефакты не удаляются никогда.</translation>
    </message>
    <message>
        <source>%1 h · global</source>
        <translation>%1 ч · глобальное</translation>
    </message>
    <message>
        <source>%1 h · project</source>
        <translation>%1 ч · проект</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>нет правила</translation>
    </message>
    <message>
        <source>Cleanup rules</source>
        <translation>Правила очистки</translation>
    </message>
    <message>
        <source>%1 (project %2)</source>
        <translation>%1 (проект %2)</translation>
    </message>
    <message>
        <source>Exports run on %1 (leading since %2); this replica serves them.</source>
        <translation>Выгружает %1 (ведущая с %2); эта реплика их раздаёт.</translation>
    </message>
    <message>
        <source>No replica leads at the moment; one takes over within seconds.</source>
        <translation>Сейчас ведущей нет; одна из реплик станет ею через несколько секунд.</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Скачать %1</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Сравнить с</translation>
    </message>
    <message>
        <source>%1 (the previous export)</source>
        <translation>%1 (предыдущая выгрузка)</translation>
    </message>
    <message>
        <source>Find by id or name</source>
        <translation>Поиск по id или названию</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed since %4</source>
        <translation>%1 добавлено, %2 удалено, %3 изменено с %4</translation>
    </message>
    <message>
        <source>No case holds “%1”.</source>
        <translation>Ни один кейс не содержит «%1».</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход выгрузки</translation>
    </message>
    <message>
        <source>Open in TestOps</source>
        <translation>Открыть в TestOps</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Хранится: %1</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Снимок</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Снимки</translation>
    </message>
    <message>
        <source>Every test case whole, as each snapshot kept it: its fields, its steps with expected results and shared steps, its attachments. Pick a case; pick another snapshot to see what changed. Read-only: restoring is done in the desktop app or with --restore-snapshot.</source>
        <translation>Каждый тест-кейс целиком, каким его сохранил снимок: поля, шаги с ожидаемыми результатами и общими шагами, вложения. Выберите тест-кейс; выберите другой снимок, чтобы увидеть, что изменилось. Только просмотр: восстановление — в приложении на компьютере или через --restore-snapshot.</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Сравнить с</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничем</translation>
    </message>
    <message>
        <source>No snapshot is kept yet.</source>
        <translation>Снимков пока нет.</translation>
    </message>
    <message>
        <source>%1 test cases</source>
        <translation>Тест-кейсов: %1</translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>Различий нет.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>not kept: TestOps did not give its bytes</source>
        <translation>не сохранено: TestOps не отдал содержимое</translation>
    </message>
</context>
<context>
    <name>WebServer</name>
    <message>
        <source>the web view cannot listen on %1:%2: %3</source>
        <translation>веб-страница не может принимать подключения на %1:%2: %3</translation>
    </message>
    <message>
        <source>Nothing is at %1.</source>
        <translation>По адресу %1 ничего нет.</translation>
    </message>
    <message>
        <source>%1 is not allowed here; use %2.</source>
        <translation>%1 здесь не поддерживается; используйте %2.</translation>
    </message>
    <message>
        <source>An access key is required: send &quot;Authorization: Bearer &lt;key&gt;&quot; or sign in at /login.</source>
        <translation>Нужен ключ доступа: передайте «Authorization: Bearer &lt;ключ&gt;» или войдите на странице /login.</translation>
    </message>
    <message>
        <source>the export service is not running</source>
        <translation>служба выгрузки не работает</translation>
    </message>
    <message>
        <source>page and size must be whole numbers from 1 (size at most 500)</source>
        <translation>page и size должны быть целыми числами от 1 (size — не больше 500)</translation>
    </message>
    <message>
        <source>Run now is only accepted from this server&apos;s own page.</source>
        <translation>Запуск принимается только со страницы этого сервера.</translation>
    </message>
    <message>
        <source>Nothing is here.</source>
        <translation>Здесь ничего нет.</translation>
    </message>
    <message>
        <source>Sign in from this server&apos;s own page.</source>
        <translation>Входите со страницы этого сервера.</translation>
    </message>
    <message>
        <source>There is no export named %1.</source>
        <translation>Выгрузки с именем %1 нет.</translation>
    </message>
    <message>
        <source>page and size must be whole numbers from 1 (size at most 200)</source>
        <translation>page и size должны быть целыми числами от 1 (size — не больше 200)</translation>
    </message>
    <message>
        <source>kind must be added, removed or changed</source>
        <translation>kind должен быть added, removed или changed</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong access keys came from your address; try again in %n second(s).</source>
        <translation>
            <numerusform>С вашего адреса пришло слишком много неверных ключей доступа; попробуйте снова через %n секунду.</numerusform>
            <numerusform>С вашего адреса пришло слишком много неверных ключей доступа; попробуйте снова через %n секунды.</numerusform>
            <numerusform>С вашего адреса пришло слишком много неверных ключей доступа; попробуйте снова через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request has no Host header.</source>
        <translation>В запросе нет заголовка Host.</translation>
    </message>
    <message>
        <source>This server does not answer to the name %1. Open it by its address, or add the name to WEB_ALLOWED_HOSTS.</source>
        <translation>Этот сервер не отвечает на имя %1. Откройте его по адресу или добавьте имя в WEB_ALLOWED_HOSTS.</translation>
    </message>
    <message>
        <source>The export cannot be fetched from S3: %1</source>
        <translation>Выгрузку не удаётся получить из S3: %1</translation>
    </message>
    <message>
        <source>Ask for /api/snapshots/{snapshot id}/cases/{test case id}.</source>
        <translation>Запрашивайте /api/snapshots/{id снимка}/cases/{id тест-кейса}.</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <source>Welcome to TestOps Export</source>
        <translation>Добро пожаловать в TestOps Export</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>Step 1 of 3: where is your TestOps?</source>
        <translation>Шаг 1 из 3: где ваш TestOps?</translation>
    </message>
    <message>
        <source>The address you open Allure TestOps at in your browser.</source>
        <translation>Адрес, по которому вы открываете Allure TestOps в браузере.</translation>
    </message>
    <message>
        <source>This app keeps a copy of your test cases as CSV files, exported from TestOps every day. First, tell it where TestOps is.</source>
        <translation>Это приложение каждый день выгружает ваши тест-кейсы из TestOps и хранит их копию в файлах CSV. Сначала укажите, где находится TestOps.</translation>
    </message>
    <message>
        <source>%1. Expected: %2.</source>
        <translation>%1. Ожидается: %2.</translation>
    </message>
    <message>
        <source>Step 2 of 3: your API token</source>
        <translation>Шаг 2 из 3: ваш API-токен</translation>
    </message>
    <message>
        <source>In TestOps, open your profile, then API tokens, and create one. Paste it here; the app keeps it in the system keychain.</source>
        <translation>В TestOps откройте свой профиль, затем «API-токены», и создайте токен. Вставьте его сюда; приложение хранит его в системной связке ключей.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>API &amp;token</source>
        <translation>API-&amp;токен</translation>
    </message>
    <message>
        <source>Step 3 of 3: what to export</source>
        <translation>Шаг 3 из 3: что выгружать</translation>
    </message>
    <message>
        <source>Tick the groups of the test case tree to export: each goes to a file of its own, every day at 7:00. You can change all of this later in Settings.</source>
        <translation>Отметьте группы дерева тест-кейсов для выгрузки: каждая попадёт в свой файл, каждый день в 7:00. Всё это можно изменить позже в настройках.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Папка выгрузок</translation>
    </message>
    <message>
        <source>&amp;Run the first export now</source>
        <translation>&amp;Запустить первую выгрузку сейчас</translation>
    </message>
    <message>
        <source>No group chosen yet.</source>
        <translation>Пока не выбрано ни одной группы.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) chosen: %1</source>
        <translation>
            <numerusform>Выбрана %n группа: %1</numerusform>
            <numerusform>Выбрано %n группы: %1</numerusform>
            <numerusform>Выбрано %n групп: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking TestOps at %1…</source>
        <translation>Обращаемся к TestOps по адресу %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: this token sees %n project(s).</source>
        <translation>
            <numerusform>Подключено: этому токену виден %n проект.</numerusform>
            <numerusform>Подключено: этому токену видны %n проекта.</numerusform>
            <numerusform>Подключено: этому токену видно %n проектов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the files &amp;in</source>
        <translation>Сохранять &amp;файлы в</translation>
    </message>
    <message>
        <source>TestOps refused this token (HTTP %1). Copy it again from API tokens in your TestOps profile: a token that was deleted or has expired is refused.</source>
        <translation>TestOps не принял этот токен (HTTP %1). Скопируйте его заново из раздела «API-токены» своего профиля TestOps: удалённый или просроченный токен не принимается.</translation>
    </message>
    <message>
        <source>No TestOps answered at this address (%1). Go back and check the address.</source>
        <translation>По этому адресу TestOps не ответил (%1). Вернитесь назад и проверьте адрес.</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>the token</source>
        <translation>токен</translation>
    </message>
    <message>
        <source>TestOps add&amp;ress</source>
        <translation>&amp;Адрес TestOps</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 КиБ</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 ГиБ</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 ТиБ</translation>
    </message>
    <message>
        <source>%1 PiB</source>
        <translation>%1 ПиБ</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>testops-export: project %1 is not a configured project (configured: %2)</source>
        <translation>testops-export: проект %1 не настроен (настроены: %2)</translation>
    </message>
    <message>
        <source>testops-export: the cleanup rules cannot be read: %1</source>
        <translation>testops-export: правила очистки не прочитать: %1</translation>
    </message>
    <message>
        <source>The full rule set is in place: nothing to create.</source>
        <translation>Полный набор правил на месте: создавать нечего.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was written. Add --apply to create these %n rule(s).</source>
        <translation>
            <numerusform>Пробный запуск: ничего не записано. Добавьте --apply, чтобы создать %n правило.</numerusform>
            <numerusform>Пробный запуск: ничего не записано. Добавьте --apply, чтобы создать %n правила.</numerusform>
            <numerusform>Пробный запуск: ничего не записано. Добавьте --apply, чтобы создать %n правил.</numerusform>
        </translation>
    </message>
    <message>
        <source>testops-export: %1 is not in the export folder %2</source>
        <translation>testops-export: %1 не в папке выгрузок %2</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was written to TestOps. Add --apply to write these %n case(s).</source>
        <translation>
            <numerusform>Пробный запуск: в TestOps ничего не записано. Добавьте --apply, чтобы записать %n кейс.</numerusform>
            <numerusform>Пробный запуск: в TestOps ничего не записано. Добавьте --apply, чтобы записать %n кейса.</numerusform>
            <numerusform>Пробный запуск: в TestOps ничего не записано. Добавьте --apply, чтобы записать %n кейсов.</numerusform>
        </translation>
    </message>
    <message>
        <source>testops-export --help lists the options.</source>
        <translation>Параметры: testops-export --help.</translation>
    </message>
    <message>
        <source>The one running takes the snapshots: on its schedule after each export (with SNAPSHOTS on), or from its window when it has one (File → Take a snapshot now). Stop it to take one from here.</source>
        <translation>Снимки делает запущенный процесс: по расписанию после каждой выгрузки (если SNAPSHOTS включены) или из своего окна, если оно есть (Файл → Сделать снимок сейчас). Чтобы сделать снимок отсюда, остановите его.</translation>
    </message>
</context>
</TS>
