<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FeedbackInspectorWidget</name>
    <message>
        <location filename="../widgets/labeltablesupport.cpp" line="80"/>
        <source>&lt;p&gt;&lt;b&gt;First token, top alternatives&lt;/b&gt;&lt;/p&gt;&lt;table cellpadding=&apos;2&apos;&gt;%1&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/labeltablesupport.cpp" line="84"/>
        <source>&lt;p&gt;&lt;b&gt;Error:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/labeltablesupport.cpp" line="86"/>
        <source>&lt;p&gt;&lt;b&gt;Raw response&lt;/b&gt;&lt;/p&gt;&lt;pre style=&apos;white-space: pre-wrap&apos;&gt;%1&lt;/pre&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrecEval</name>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="126"/>
        <location filename="../core/metrics/treceval.cpp" line="130"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="192"/>
        <source>expected 4 fields (query, iteration, document, grade), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="195"/>
        <source>grade &apos;%1&apos; is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="226"/>
        <source>document &apos;%1&apos; is judged twice for query &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="249"/>
        <source>expected 6 fields (query, Q0, document, rank, score, run tag), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="253"/>
        <source>score &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="282"/>
        <source>document &apos;%1&apos; is retrieved twice for query &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="308"/>
        <source>query &apos;%1&apos; of %2 has no results in the run (trec_eval stops here too unless -c counts it as zero)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="30"/>
        <source>Tare workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="34"/>
        <source>User interface language (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="38"/>
        <source>Save a PNG of every page (FILE-&lt;page&gt;.png) and of the window (FILE) once the default run finished and the first query is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="42"/>
        <source>Start the dashboard&apos;s run once the project is open (with --screenshot: run even when the project shows a run already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="44"/>
        <source>The window&apos;s size, e.g. 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="47"/>
        <source>With --screenshot: also save the welcome page (FILE-welcome.png) and the dialogs (FILE-dialog-&lt;name&gt;.png).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="50"/>
        <source>A .tare project file (default: the welcome page; with --screenshot or --run, the sample project).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare-cli</name>
    <message>
        <location filename="../cli/clisupport.cpp" line="236"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="240"/>
        <source>Try &apos;tare-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="246"/>
        <source>
Exit codes: 0 ok, 1 usage error, 2 input error, 3 I/O error, 4 cancelled, 5 internal error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="322"/>
        <source>Show progress on stderr even when it is not a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="323"/>
        <source>Never show progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="328"/>
        <source>Run even when the run needs more memory than is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="335"/>
        <source>--force runs it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="30"/>
        <source>usage: tare-cli COMMAND [options]

Commands:
  convert DATASET INPUT... --out DIR                               one of the paper&apos;s datasets into a BEIR folder
  import beir|classification|qrels|vectors INPUT --project FILE   import data
  info PROJECT                                                     what a project holds
  dataset PROJECT NAME [--instruction T] [--task-type X]           show or change a dataset&apos;s task
  templates PROJECT [list|show|set|remove MODEL]                   the model template table of endpoint spaces
  embed PROJECT --space lsa [--dim 256]                            build an embedding space
  embed PROJECT --space openai --endpoint URL --model M            ... through an embeddings endpoint
  run PROJECT --space S --judge J --refiner R                      refine every query, report MAP
  grid PROJECT --dataset D --space S --judge J --refiner R --out DIR  the paper&apos;s table over datasets x spaces x judges x refiners
  experiment PROJECT KIND [--json]                                 KIND: noise-sweep, budget-sweep, methods, judge-quality
  judge PROJECT --space S --judge J --endpoint URL --model M       fetch a run&apos;s judgments ahead of refining
  hyde PROJECT --space S --endpoint URL --model M                  HyDE query vectors into space S-hyde
  probe URL [--model M] [--api-key-env VAR]                        what an HTTP endpoint can serve
  key set|delete|check NAME                                        API keys in the system keychain
  cache list|clear PROJECT                                         the cache of remote embeddings
  export qrels|vectors|run PROJECT --out PATH                      export data or a run
  report PROJECT [--run ID|--experiment ID] --out FILE             report: --format html|md|csv
  demo                                                             run on the bundled sample data

&apos;tare-cli COMMAND --help&apos; explains a command.
Exit codes: 0 ok, 1 usage error, 2 input error, 3 I/O error, 4 cancelled, 5 internal error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="116"/>
        <source>tare-cli: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/gridcommand.cpp" line="235"/>
        <source>%n cell(s) did not finish</source>
        <translation>
            <numerusform>%n cell did not finish</numerusform>
            <numerusform>%n cells did not finish</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tare::AnnotationAgreement</name>
    <message>
        <location filename="../core/feedback/annotationagreement.cpp" line="33"/>
        <source>gold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::AnnotationQueue</name>
    <message>
        <location filename="../core/feedback/annotationqueue.cpp" line="32"/>
        <source>no run with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::AnnotationQueueModel</name>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="10"/>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="11"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="11"/>
        <source>The document&apos;s rank in the run before refinement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="12"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="13"/>
        <source>Judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="13"/>
        <source>The run judge&apos;s score (0–1); hidden in blind mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="14"/>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="14"/>
        <source>The gold grade; hidden in blind mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="15"/>
        <source>Your label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="15"/>
        <source>Y relevant, N not relevant, a digit d: graded d/9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="16"/>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="16"/>
        <source>The other annotators&apos; labels; hidden in blind mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="17"/>
        <source>Why listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="17"/>
        <source>Judge ≠ gold: the decision in force differs from gold. People differ: two annotators decided differently. Unsure: the judge&apos;s score is near 0.5. Unlabelled: you have not labelled it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="20"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="177"/>
        <source>judge ≠ gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="179"/>
        <source>people differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="181"/>
        <source>unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="183"/>
        <source>unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="194"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="222"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="226"/>
        <source>yes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="226"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::AnnotationQueueWidget</name>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="64"/>
        <source>&amp;Blind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="70"/>
        <location filename="../widgets/annotationqueuewidget.cpp" line="139"/>
        <source>Re-refine this query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="71"/>
        <source>Export labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="72"/>
        <source>Why? (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="73"/>
        <source>Re-refine This Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="74"/>
        <source>Next Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="75"/>
        <source>Previous Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="76"/>
        <source>Export Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="93"/>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="94"/>
        <source>Who labels: choose a name or type a new one and press Enter. Each annotator&apos;s labels are kept apart; &quot;adjudication&quot; holds the final labels where people disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="96"/>
        <source>A&amp;nnotator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="99"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="100"/>
        <source>Judge disagrees with gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="101"/>
        <source>People disagree (adjudication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="102"/>
        <source>Judge unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="103"/>
        <source>Not labelled by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="104"/>
        <source>All judged documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="105"/>
        <source>Queue filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="106"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="108"/>
        <source>Blind mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="109"/>
        <source>Hide the judge&apos;s score, gold and the other annotators&apos; labels while you label, and what is computed from them: the filters by disagreement, the agreement and the AP after a re-refine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="111"/>
        <source>Which judged documents are listed. In blind mode only &quot;Not labelled by you&quot; and &quot;All judged documents&quot; can be chosen: the others would tell what the judge and gold said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="116"/>
        <source>Queue heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="126"/>
        <source>Annotation queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="129"/>
        <source>Document and the judge&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="132"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="133"/>
        <source>Cohen&apos;s κ between every two raters on the relevance decision (label or score ≥ 0.5, grade &gt; 0) over the documents both rated; among the people Fleiss&apos; κ and Krippendorff&apos;s α (nominal on the decisions, ordinal on the labels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="138"/>
        <source>What re-refining changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="140"/>
        <source>Export labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="141"/>
        <source>Ask the judge why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="142"/>
        <source>Ask the judges&apos; chat model (Settings) for a one-sentence reason for this judgment. It is stored with the judgment and never used in refinement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="154"/>
        <source>Refine the current query again with the labels in force (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="158"/>
        <source>Keys: Y relevant · N not relevant · 0–9 graded · ↑ ↓ move · Backspace undo · W why? · Ctrl+R re-refine the query · Ctrl+→ / Ctrl+← next / previous query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="162"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="194"/>
        <source>Export Labels of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="195"/>
        <source>JSON Lines (*.jsonl);;TREC qrels (*.qrels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="220"/>
        <source>Select a run (run dashboard) to see the documents that need a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="264"/>
        <source>Loading the queue of run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="281"/>
        <source>Cannot show this run&apos;s queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/annotationqueuewidget.cpp" line="371"/>
        <source>Run %1 · judge %2 · %n document(s) listed for %3</source>
        <translation>
            <numerusform>Run %1 · judge %2 · %n document listed for %3</numerusform>
            <numerusform>Run %1 · judge %2 · %n documents listed for %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/annotationqueuewidget.cpp" line="379"/>
        <source>Query %1: %2 (%n listed)</source>
        <translation>
            <numerusform>Query %1: %2 (%n listed)</numerusform>
            <numerusform>Query %1: %2 (%n listed)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="395"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="398"/>
        <source>&lt;p&gt;&lt;b&gt;Why the judge said so:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="417"/>
        <source>judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="419"/>
        <source>gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="439"/>
        <source>&lt;b&gt;Cohen&apos;s κ&lt;/b&gt; (relevance decisions; judge: %1)&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;%2&lt;/tr&gt;%3&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/annotationqueuewidget.cpp" line="442"/>
        <source>Among the people, over %n document(s) labelled twice or more: Fleiss&apos; κ %1 · Krippendorff&apos;s α %2 (nominal), %3 (ordinal)</source>
        <translation>
            <numerusform>Among the people, over %n document labelled twice or more: Fleiss&apos; κ %1 · Krippendorff&apos;s α %2 (nominal), %3 (ordinal)</numerusform>
            <numerusform>Among the people, over %n documents labelled twice or more: Fleiss&apos; κ %1 · Krippendorff&apos;s α %2 (nominal), %3 (ordinal)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="471"/>
        <source>Could not store the label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="501"/>
        <source>Could not undo the label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="516"/>
        <source>This document has no stored judgment to explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="525"/>
        <source>Asking %1 why…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="536"/>
        <source>Could not ask why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="540"/>
        <source>The judge&apos;s reason is stored with its judgment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="563"/>
        <source>Re-refining…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="576"/>
        <source>Re-refining failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="589"/>
        <source>&lt;b&gt;Query %1&lt;/b&gt;: refined again with the labels (AP hidden in blind mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="590"/>
        <source>&lt;b&gt;Query %1&lt;/b&gt;: AP before refinement %2 · after (run) %3 → with the labels &lt;b&gt;%4&lt;/b&gt; (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="595"/>
        <source>%1 (%2) %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="597"/>
        <source>Labelled, rank run → now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="600"/>
        <source>%1 ▲%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="602"/>
        <source>%1 ▼%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="604"/>
        <source>Biggest movers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="605"/>
        <source>Stored in run %1 · &lt;a href=&apos;compare:%2,%1&apos;&gt;Compare with run %2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="625"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/annotationqueuewidget.cpp" line="628"/>
        <source>Wrote %n label(s) to %1</source>
        <translation>
            <numerusform>Wrote %n label to %1</numerusform>
            <numerusform>Wrote %n labels to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tare::ApiKey</name>
    <message>
        <location filename="../core/net/apikey.cpp" line="28"/>
        <source>the API key variable must be the name of an environment variable (letters, digits and _), not the key itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/apikey.cpp" line="81"/>
        <source>the environment variable %1 that should hold the API key is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/apikey.cpp" line="89"/>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::AtomicFileWriter</name>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="77"/>
        <source>%1: already exists; it is not replaced unless you ask for it (tare-cli: --force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="82"/>
        <source>%1: is a symbolic link; it is neither followed nor replaced unless you ask for it (tare-cli: --force replaces the link, not what it points to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="87"/>
        <source>%1: is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="89"/>
        <source>%1: is neither a file nor a stream; not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="102"/>
        <source>cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="117"/>
        <location filename="../core/io/atomicfilewriter.cpp" line="120"/>
        <source>cannot create a file in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="135"/>
        <source>%1: written after it was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="151"/>
        <location filename="../core/io/atomicfilewriter.cpp" line="154"/>
        <location filename="../core/io/atomicfilewriter.cpp" line="171"/>
        <location filename="../core/io/atomicfilewriter.cpp" line="175"/>
        <source>cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="166"/>
        <source>%1: finished after it was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="190"/>
        <source>%1: was created by someone else while Tare wrote it; it was not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="193"/>
        <source>cannot rename the finished file into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="213"/>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::BeirFolderWriter</name>
    <message>
        <location filename="../core/io/beirfolderwriter.cpp" line="21"/>
        <source>%1: cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/beirfolderwriter.cpp" line="36"/>
        <source>%1: the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/beirfolderwriter.cpp" line="49"/>
        <source>%1: write failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/beirfolderwriter.cpp" line="74"/>
        <source>the id &apos;%1&apos; or &apos;%2&apos; holds a tab or a line break; qrels cannot carry it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/beirfolderwriter.cpp" line="84"/>
        <source>%1: cannot be saved (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::BeirImporter</name>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="45"/>
        <source>%1: not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="51"/>
        <source>%1: missing (a BEIR folder holds corpus.jsonl, queries.jsonl and qrels/&lt;split&gt;.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="89"/>
        <source>import cancelled; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="94"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="110"/>
        <source>duplicate document id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="113"/>
        <source>no usable documents (%1 bad record(s) skipped; the first: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="122"/>
        <source>duplicate query id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="125"/>
        <source>no usable queries (%1 bad record(s) skipped; the first: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::CapabilityProbe</name>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="77"/>
        <source>max_tokens is rejected (%1); max_completion_tokens works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="78"/>
        <source>max_tokens is rejected and max_completion_tokens fails too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="80"/>
        <source>max_tokens is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="85"/>
        <location filename="../core/net/capabilityprobe.cpp" line="86"/>
        <location filename="../core/net/capabilityprobe.cpp" line="94"/>
        <source>chat completions failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="93"/>
        <location filename="../core/net/capabilityprobe.cpp" line="185"/>
        <location filename="../core/net/capabilityprobe.cpp" line="196"/>
        <source>malformed reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="97"/>
        <source>replied &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="101"/>
        <source>the reply carries no logprobs although they were asked for; llm-yesno would fall back to reading the text (degraded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="104"/>
        <source>the reply carries the chosen token&apos;s logprob only, no top_logprobs alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/net/capabilityprobe.cpp" line="107"/>
        <source>%n alternative(s) for the first token</source>
        <translation>
            <numerusform>%n alternative for the first token</numerusform>
            <numerusform>%n alternatives for the first token</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="138"/>
        <source>the probe needs an http:// or https:// endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="154"/>
        <source>no model given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="183"/>
        <source>dimension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="200"/>
        <source>the server answers in the Cohere shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="200"/>
        <source>the server answers in the TEI shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/net/capabilityprobe.cpp" line="201"/>
        <source>scores for %n document(s)</source>
        <translation>
            <numerusform>scores for %n document</numerusform>
            <numerusform>scores for %n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="210"/>
        <source>Endpoint %1 (no model given)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="211"/>
        <source>Endpoint %1, model %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="215"/>
        <source>chat completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="216"/>
        <source>logprobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="217"/>
        <source>wants max_completion_tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="218"/>
        <source>embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="219"/>
        <source>rerank (TEI shape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="220"/>
        <source>rerank (Cohere shape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="222"/>
        <source>Judge modes: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="222"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="223"/>
        <source>Embedding spaces: --space openai (dimension %1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="224"/>
        <source>Embedding spaces: none
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ChartView</name>
    <message>
        <location filename="../widgets/chartview.cpp" line="20"/>
        <source>Right-click to export the chart as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="23"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="65"/>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="72"/>
        <source>Export as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="73"/>
        <source>Export as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="74"/>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="80"/>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="80"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="80"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="81"/>
        <location filename="../widgets/chartview.cpp" line="88"/>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ChunkBlob</name>
    <message>
        <location filename="../core/db/spacestore.cpp" line="59"/>
        <location filename="../core/db/spacestore.cpp" line="62"/>
        <source>reading the vectors of chunk %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ClassificationImporter</name>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="44"/>
        <source>import cancelled; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="79"/>
        <location filename="../core/io/classificationimporter.cpp" line="85"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="98"/>
        <source>no column named &apos;%1&apos; in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="101"/>
        <source>expected %1 fields as in the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="106"/>
        <source>invalid UTF-8 in column &apos;%1&apos; at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="109"/>
        <source>a NUL character in column &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="133"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="135"/>
        <source>the text column and the label column are both &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="138"/>
        <source>the id column &apos;%1&apos; is also the text or the label column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="175"/>
        <source>empty label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="177"/>
        <source>empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="181"/>
        <source>label &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="192"/>
        <source>duplicate document id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="203"/>
        <source>the label &apos;%1&apos; and another label both become the query id &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="214"/>
        <source>no usable rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::CompareWidget</name>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="61"/>
        <source>AP per query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="62"/>
        <source>ΔAP per query, sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="71"/>
        <source>System A: a run (its AP after refinement), or with B = baseline its AP before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="72"/>
        <source>System B: another run, or the baseline: run A before refinement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="80"/>
        <source>Paired over the queries both systems finished. Δ = B − A. Wins: B better; ties: equal AP. t-test and randomization test: two-sided p of no mean difference. CI: 95% bootstrap interval of the mean Δ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="84"/>
        <source>Run A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="85"/>
        <source>Run B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="87"/>
        <source>&amp;A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="89"/>
        <source>&amp;B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="95"/>
        <source>AP per query chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="96"/>
        <source>ΔAP per query chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="100"/>
        <source>Hover a point or bar to name its query; click it to open the query. Right-click to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="107"/>
        <source>Queries compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="113"/>
        <source>Enter or double-click opens the query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="129"/>
        <source>Open a project with finished runs to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="139"/>
        <source>Cannot list the runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="154"/>
        <source>Baseline: run A before refinement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="164"/>
        <source>This project has no run with results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="177"/>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="182"/>
        <source>Cannot compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="201"/>
        <source>%1: AP %2 (A) → %3 (B), Δ %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/comparewidget.cpp" line="253"/>
        <source>A: %1
B: %2
%n query(s) finished by both</source>
        <translation>
            <numerusform>A: %1
B: %2
%n query finished by both</numerusform>
            <numerusform>A: %1
B: %2
%n queries finished by both</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="255"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;td&gt;MAP A → B&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1 → %2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;mean Δ (95% CI)&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3 (%4 … %5)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;wins / ties / losses&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%6 / %7 / %8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;paired t-test p&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;randomization p&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="270"/>
        <source>AP of A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="272"/>
        <source>AP of B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="286"/>
        <source>Equal AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="301"/>
        <source>B better (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="301"/>
        <source>Tie (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="301"/>
        <source>B worse (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="342"/>
        <source>B better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="343"/>
        <source>B worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="365"/>
        <source>Queries sorted by ΔAP (up to %1 per bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="366"/>
        <source>Queries sorted by ΔAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="372"/>
        <source>ΔAP (B − A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="391"/>
        <source>%1 … %2 (%3 queries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="392"/>
        <source>%1: ΔAP %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ComparedQueryModel</name>
    <message>
        <location filename="../core/models/comparedquerymodel.cpp" line="11"/>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/comparedquerymodel.cpp" line="12"/>
        <source>AP A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/comparedquerymodel.cpp" line="14"/>
        <source>AP B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/comparedquerymodel.cpp" line="16"/>
        <source>Δ (B − A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/comparedquerymodel.cpp" line="17"/>
        <source>AP of B minus AP of A: positive where B ranks the query&apos;s relevant documents higher.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::CorpusBrowserWidget</name>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="63"/>
        <source>Filter documents: words in the title or text (prefixes match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="80"/>
        <source>Select a query to see each document&apos;s rank, score and judgment for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="60"/>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="84"/>
        <source>Queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="56"/>
        <source>Filter documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="58"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="62"/>
        <source>Document text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="101"/>
        <source>No dataset open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="110"/>
        <source>Preparing the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="126"/>
        <source>Cannot open the corpus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="134"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/corpusbrowserwidget.cpp" line="140"/>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="202"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="172"/>
        <source>No ranks for this query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="197"/>
        <source>The filter could not be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/corpusbrowserwidget.cpp" line="203"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="219"/>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="225"/>
        <source>%1

%2

Labels: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="217"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::CorpusIndex</name>
    <message>
        <location filename="../core/run/corpusindex.cpp" line="63"/>
        <source>no dataset with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/corpusindex.cpp" line="68"/>
        <source>no embedding space with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::CorpusModel</name>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="153"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="156"/>
        <source>you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="13"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="13"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="14"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="16"/>
        <source>Judgment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="18"/>
        <source>Rank before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="19"/>
        <source>Score before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="21"/>
        <source>Rank after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="22"/>
        <source>Score after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="15"/>
        <source>Every query this document is labelled for, with its gold grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="17"/>
        <source>For the selected query: the run&apos;s judge score, and your label if you gave one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="20"/>
        <location filename="../core/models/corpusmodel.cpp" line="23"/>
        <source>Cosine similarity with the selected query before or after refinement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::CorpusSampler</name>
    <message>
        <location filename="../core/io/corpussampler.cpp" line="29"/>
        <source>the corpus limit of %1 documents is below the %2 documents relevant to some query; every relevant document is kept, so the limit must be at least %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::CsvReader</name>
    <message>
        <location filename="../core/io/csvreader.cpp" line="58"/>
        <source>unexpected character after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="72"/>
        <source>a quoted field opened on this line grows past %1 MiB without closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="77"/>
        <source>a quoted field opened on this line is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::CsvTable</name>
    <message>
        <location filename="../core/io/csvtable.cpp" line="16"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/csvtable.cpp" line="18"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/csvtable.cpp" line="28"/>
        <source>no column named &apos;%1&apos; in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/csvtable.cpp" line="31"/>
        <source>expected %1 fields as in the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/csvtable.cpp" line="37"/>
        <source>invalid UTF-8 in column &apos;%1&apos; at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/csvtable.cpp" line="46"/>
        <source>column &apos;%1&apos; is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::DatasetPropertiesDialog</name>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="41"/>
        <source>Dataset properties: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="42"/>
        <source>Dataset properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="47"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="48"/>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="48"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="49"/>
        <source>Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="50"/>
        <source>%1 documents, %2 queries, %3 labels (%4 relevant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="54"/>
        <source>Pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="54"/>
        <source>the judged documents of each query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="55"/>
        <source>the whole corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="58"/>
        <source>— keep the fields as they are —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="61"/>
        <source>Paper preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="62"/>
        <source>Fill in the instruction, task type and document text the paper&apos;s code uses for one of its six datasets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="64"/>
        <source>&amp;Paper preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="66"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="67"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="68"/>
        <source>Task type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="69"/>
        <source>As in the paper&apos;s code, LLM judges are told the task only for classification datasets (intent detection, key-point matching), never for search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="71"/>
        <source>&amp;Task type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="73"/>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="75"/>
        <source>e.g. Given an intent category, identify utterances that express this intent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="76"/>
        <source>The dataset&apos;s task instruction: {instruction} in embedding query templates, and the judge&apos;s task sentence for classification datasets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="79"/>
        <source>&amp;Instruction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="81"/>
        <source>Title, a space, the text (BEIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="82"/>
        <source>Title, a line break, the text (FollowIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="83"/>
        <source>The text alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="84"/>
        <source>Document text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="85"/>
        <source>How a document&apos;s title and text become the one text judges and embedders read, as the paper&apos;s loaders join them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="87"/>
        <source>&amp;Document text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="94"/>
        <source>Judge task sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="95"/>
        <source>LLM judge prompts carry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="99"/>
        <source>A change gives LLM judges new prompts: their judgments are asked again and the earlier ones stay stored. Embedding spaces keep the instruction they were built with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="103"/>
        <source>Apply dataset properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="171"/>
        <source>no task sentence (search datasets, or no instruction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="172"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::DatasetStore</name>
    <message>
        <location filename="../core/db/datasetstore.cpp" line="33"/>
        <source>a dataset named &apos;%1&apos; already exists in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/datasetstore.cpp" line="51"/>
        <source>no dataset with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::DocumentVectorWriter</name>
    <message>
        <location filename="../core/db/documentvectorwriter.cpp" line="72"/>
        <source>%1: a chunk of the vectors of embedding space %2 lists %3 bytes of ids for %4 rows (damaged project?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/documentvectorwriter.cpp" line="97"/>
        <source>a vector of %1 bytes does not fit embedding space %2 (%3 bytes a vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/documentvectorwriter.cpp" line="119"/>
        <source>component %1 is %2, which float16 cannot hold (finite, at most ±65504)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/documentvectorwriter.cpp" line="152"/>
        <source>document %1 was given two vectors for embedding space %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/documentvectorwriter.cpp" line="178"/>
        <source>%1: a chunk of the vectors of embedding space %2 holds %3 bytes for %4 rows of %5 bytes (damaged project?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::EmbeddingTemplateTable</name>
    <message>
        <location filename="../core/embed/embeddingtemplatetable.cpp" line="81"/>
        <source>the model template table is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/embeddingtemplatetable.cpp" line="90"/>
        <source>a model template entry needs a model and a query template with {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/embeddingtemplatetable.cpp" line="127"/>
        <source>a model template entry needs a model name or pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/embeddingtemplatetable.cpp" line="129"/>
        <source>query and document templates must hold {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::EndpointPresets</name>
    <message>
        <location filename="../core/net/endpointpresets.cpp" line="51"/>
        <source>unknown endpoint preset &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::EndpointUrl</name>
    <message>
        <location filename="../core/net/endpointurl.cpp" line="34"/>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/endpointurl.cpp" line="37"/>
        <source>the endpoint URL must not hold credentials (user:password@); the URL is stored with runs and spaces: give the API key through a key source instead (--api-key-env VAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/endpointurl.cpp" line="52"/>
        <source>the endpoint URL must not hold credentials (the query parameter &apos;%1&apos;); the URL is stored with runs and spaces: give the API key through a key source instead (--api-key-env VAR)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ExperimentListModel</name>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="41"/>
        <source>Noise sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="41"/>
        <source>Budget sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="42"/>
        <source>Method comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="42"/>
        <source>Judge quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="11"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="12"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="17"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="21"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="22"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="23"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ExperimentReport</name>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="84"/>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="85"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="86"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="87"/>
        <source>Embedding space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="88"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="89"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="110"/>
        <source>ΔMAP by feedback noise (%1; MAP before %2, %3 queries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="113"/>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="113"/>
        <location filename="../core/report/experimentreport.cpp" line="125"/>
        <location filename="../core/report/experimentreport.cpp" line="166"/>
        <source>MAP after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="113"/>
        <location filename="../core/report/experimentreport.cpp" line="193"/>
        <source>mean ΔMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="113"/>
        <source>min ΔMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="113"/>
        <source>max ΔMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="113"/>
        <source>sd across seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="114"/>
        <source>95 % CI low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="114"/>
        <source>95 % CI high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="114"/>
        <source>seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="124"/>
        <source>MAP by judging budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="125"/>
        <location filename="../core/report/experimentreport.cpp" line="157"/>
        <source>judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="125"/>
        <source>from top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="125"/>
        <source>top share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="125"/>
        <source>steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="125"/>
        <source>lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="125"/>
        <location filename="../core/report/experimentreport.cpp" line="166"/>
        <source>MAP before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="126"/>
        <location filename="../core/report/experimentreport.cpp" line="166"/>
        <source>ΔMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="126"/>
        <source>judged per query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="126"/>
        <source>judge calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="126"/>
        <location filename="../core/report/experimentreport.cpp" line="141"/>
        <location filename="../core/report/experimentreport.cpp" line="165"/>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="137"/>
        <source>Methods on the same judgments (judge %1, %2 queries), against &quot;none&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="140"/>
        <location filename="../core/report/experimentreport.cpp" line="242"/>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="140"/>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="140"/>
        <location filename="../core/report/experimentreport.cpp" line="244"/>
        <location filename="../core/report/experimentreport.cpp" line="245"/>
        <source>MAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="140"/>
        <source>ΔMAP vs none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="140"/>
        <source>95 % CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="140"/>
        <source>t-test p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="141"/>
        <source>randomization p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="141"/>
        <source>wins / ties / losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="154"/>
        <source>Judge quality vs gain (run %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="155"/>
        <source>queries with an AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="155"/>
        <source>slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="155"/>
        <source>intercept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="155"/>
        <source>Pearson r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="155"/>
        <source>Spearman ρ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="157"/>
        <source>Per query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="157"/>
        <location filename="../core/report/experimentreport.cpp" line="260"/>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="157"/>
        <source>judge AUC vs gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="157"/>
        <location filename="../core/report/experimentreport.cpp" line="259"/>
        <source>ΔAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="164"/>
        <source>Runs of the experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="165"/>
        <source>cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="165"/>
        <source>refiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="165"/>
        <source>judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="165"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="165"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="165"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="189"/>
        <source>ΔMAP vs feedback noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="190"/>
        <source>judge noise σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="190"/>
        <source>judge label flip rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="191"/>
        <source>ΔMAP (after − before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="192"/>
        <source>min–max over seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="207"/>
        <source>MAP vs judge calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="208"/>
        <source>documents judged per query (judge calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="209"/>
        <source>MAP after refinement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="222"/>
        <source>%1 % from the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="241"/>
        <source>MAP per method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="257"/>
        <source>ΔAP vs judge quality (Pearson r = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="258"/>
        <source>judge AUC against gold over the judged documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="262"/>
        <source>least-squares fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ExperimentRunner</name>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="39"/>
        <source>no run with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="45"/>
        <source>no dataset with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="49"/>
        <source>no embedding space with id %1 in dataset &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="60"/>
        <source>the noise of a sweep is flip or sigma, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="62"/>
        <source>a noise sweep needs at least one rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="65"/>
        <source>noise rate %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="70"/>
        <source>a budget sweep needs judged totals and from-top shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="73"/>
        <source>judged totals must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="77"/>
        <source>from-top shares must lie in [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="167"/>
        <source>experiment %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="233"/>
        <source>no experiment with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ExperimentWidget</name>
    <message numerus="yes">
        <location filename="../widgets/experimentwidget.cpp" line="95"/>
        <source>%1 (%n query(s))</source>
        <translation>
            <numerusform>%1 (%n query)</numerusform>
            <numerusform>%1 (%n queries)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="152"/>
        <source>Build &amp;HyDE Space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="154"/>
        <source>&amp;Run Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="155"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="163"/>
        <source>ΔMAP against feedback noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="167"/>
        <source>MAP against judge calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="170"/>
        <source>ΔMAP against no refinement, with 95% CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="171"/>
        <source>Judge quality against gain, per query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="175"/>
        <source>Budget: judged documents × share from the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="183"/>
        <source>New experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="185"/>
        <location filename="../widgets/experimentwidget.cpp" line="289"/>
        <location filename="../widgets/experimentwidget.cpp" line="389"/>
        <source>Stored experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="189"/>
        <source>Click an experiment to show its result again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="199"/>
        <source>Run an experiment, or click a stored one, to see its result here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="214"/>
        <source>Band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="215"/>
        <location filename="../widgets/experimentwidget.cpp" line="775"/>
        <source>Min–max over seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="216"/>
        <location filename="../widgets/experimentwidget.cpp" line="775"/>
        <source>95% CI over queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="217"/>
        <source>The shaded band: the range of ΔMAP over the judge seeds at each level, or the bootstrap 95% confidence interval over queries of the seed-averaged ΔAP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="230"/>
        <source>Heat map shows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="231"/>
        <location filename="../widgets/experimentwidget.cpp" line="815"/>
        <source>MAP after refinement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="232"/>
        <location filename="../widgets/experimentwidget.cpp" line="712"/>
        <source>ΔMAP (after − before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="234"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="235"/>
        <source>The Adam steps and learning rate of the cells shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="265"/>
        <location filename="../widgets/experimentwidget.cpp" line="271"/>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="266"/>
        <location filename="../widgets/experimentwidget.cpp" line="272"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="270"/>
        <source>Experiment or grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="288"/>
        <source>Methods to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="290"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="291"/>
        <source>Heat map shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="292"/>
        <source>Steps and learning rate shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="293"/>
        <source>Method comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="296"/>
        <source>Open a project to run experiments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="312"/>
        <source>Noise sweep: simulated judge at rising noise, repeated over seeds. Budget sweep: how many documents are judged and how many of them come from the top. Method comparison: every refiner on the same judgments. Judge quality: the judge&apos;s AUC against gold per query against its ΔAP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="317"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="318"/>
        <source>The first N queries of the dataset (all: every query).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="319"/>
        <source>The judge of budget sweeps, method comparisons and judge-quality runs (noise sweeps simulate their own). HTTP judges use the endpoint and model of Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="327"/>
        <source>Judged documents per query, all from the top of the ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="328"/>
        <location filename="../widgets/experimentwidget.cpp" line="704"/>
        <source>label flips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="329"/>
        <source>Gaussian σ on the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="330"/>
        <source>Noise levels: flip rates 0…0.5, or σ values. Level 0 is the gold judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="333"/>
        <source>Judge seeds per noise level above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="334"/>
        <source>Judged documents per query to try, e.g. 5, 10, 20, 30, 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="335"/>
        <source>Shares of the judged documents taken from the top; the rest is sampled at random.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="341"/>
        <source>Every checked method that applies (HyDE rows need a &quot;&lt;space&gt;-hyde&quot; space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="343"/>
        <source>Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="346"/>
        <source>Why a method cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="347"/>
        <source>Ask the LLM of Settings for a hypothetical document per query and embed them: the &quot;&lt;space&gt;-hyde&quot; space the HyDE methods run on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="353"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="355"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="356"/>
        <source>Space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="357"/>
        <source>Queries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="358"/>
        <source>Judge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="359"/>
        <source>Refiner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="360"/>
        <source>Adam steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="361"/>
        <source>Judged per query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="362"/>
        <source>Noise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="363"/>
        <source>Levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="364"/>
        <source>Seeds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="365"/>
        <source>Judged documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="366"/>
        <source>Shares from top:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="367"/>
        <source>Methods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="370"/>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="387"/>
        <source>Run experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="388"/>
        <source>Cancel experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="425"/>
        <source>No space is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="429"/>
        <source>HyDE runs on the space &quot;%1-hyde&quot;: the queries embedded as hypothetical documents an LLM writes. This dataset has none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="447"/>
        <source>Build it here, then run the comparison again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="477"/>
        <source>Cannot list the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="554"/>
        <source>Levels, judged documents and shares take numbers separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="569"/>
        <source>Starting the experiment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="576"/>
        <source>Continuing experiment %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="576"/>
        <source>Experiment %1 started…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="583"/>
        <source>Run %1 of %2 (%3): reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="584"/>
        <source>Run %1 of %2 (%3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="592"/>
        <source>The experiment failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="599"/>
        <source>Experiment %1 finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="602"/>
        <source>Experiment %1 was cancelled; its finished runs are kept. Run it again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="619"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="634"/>
        <source>Loading experiment %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="641"/>
        <source>Experiment %1 is %2: it has no result yet. Run the same definition again to continue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="677"/>
        <source>%1 steps, lr %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="702"/>
        <source>Experiment %1 · noise sweep (%2) · %3 queries · MAP before %4 · runs %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="704"/>
        <source>Gaussian σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="709"/>
        <source>Judge noise σ (standard deviation added to the score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="710"/>
        <source>Flip rate (share of judged labels flipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="716"/>
        <source>Mean ΔMAP over seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="719"/>
        <source>Single seeds (click: open the run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="797"/>
        <source>Experiment %1 · budget sweep · %2 runs · MAP before %3 · best MAP after %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="806"/>
        <source>%1% top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="809"/>
        <source>Judged documents per query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="809"/>
        <source>Share judged from the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="810"/>
        <source>ΔMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="810"/>
        <source>MAP after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="813"/>
        <source>Judge calls (documents scored, all queries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="825"/>
        <source>%1% from the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="858"/>
        <source>MAP before (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="871"/>
        <source>Experiment %1 · method comparison on the same judgments (judge %2) · %3 queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="877"/>
        <location filename="../widgets/experimentwidget.cpp" line="912"/>
        <source>ΔMAP against none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="904"/>
        <source>%1: MAP %2, ΔMAP %3 against none (run %4; click to open it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="910"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="922"/>
        <source>95% bootstrap CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="936"/>
        <source>Experiment %1 · judge quality of run %2 · %3 of %4 queries with a defined AUC · Pearson r = %5, Spearman ρ = %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="944"/>
        <source>Judge AUC against gold (judged documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="946"/>
        <source>ΔAP (after − before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/experimentwidget.cpp" line="973"/>
        <source>%1: judge AUC %2, ΔAP %3, %n judged</source>
        <translation>
            <numerusform>%1: judge AUC %2, ΔAP %3, %n judged</numerusform>
            <numerusform>%1: judge AUC %2, ΔAP %3, %n judged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/experimentwidget.cpp" line="986"/>
        <source>Queries (%n)</source>
        <translation>
            <numerusform>Queries (%n)</numerusform>
            <numerusform>Queries (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="993"/>
        <source>Least squares: ΔAP = %1 %2 %3 · AUC (r = %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ExplanationWidget</name>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="131"/>
        <source>Leave-one-out ΔAP contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="132"/>
        <source>Share of the update: pull towards (+) / push away (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="133"/>
        <source>Words the query gained (+) and lost (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="134"/>
        <source>Drift of the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="143"/>
        <source>Influence of each judged document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="145"/>
        <source>Movers and triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="156"/>
        <source>Terms are shown only for spaces of the built-in embedder (LSA), which can say which words a vector stands for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="172"/>
        <source>The judged documents, most influential first. Hover over a text to read all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="173"/>
        <source>Top influences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="187"/>
        <source>Select a query in the run dashboard&apos;s table to see why it improved or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="209"/>
        <source>Explaining query %1 of run %2 (each judged document is left out once and the query refined again)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="228"/>
        <source>Cannot explain this query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="239"/>
        <source>Query %1: %2
Run %3 · %4 · AP %5 → %6 (Δ %7) · judged documents: %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="283"/>
        <source>Judged document (rank before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="288"/>
        <source>Relevant (gold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="289"/>
        <source>Not relevant (gold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="291"/>
        <source>ΔAP contribution (AP with all − AP without it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="296"/>
        <source>Pull towards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="296"/>
        <source>Push away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="298"/>
        <source>Share of all pulling and pushing (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="350"/>
        <source>Gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="350"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="351"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="352"/>
        <source>Weight in the change of direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="373"/>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="376"/>
        <source>Cosine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="404"/>
        <source>Overshoot: AP peak at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="405"/>
        <source>AP peaked at %1 at step %2 and ended at %3 while the loss kept falling (%4 → %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="362"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="364"/>
        <source>‖q_t − q_0‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="368"/>
        <source>cos(q_t, q_0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="423"/>
        <source>&lt;h4&gt;Rank movers: judged vs never judged&lt;/h4&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;group&lt;/th&gt;&lt;th&gt;docs&lt;/th&gt;&lt;th&gt;relevant&lt;/th&gt;&lt;th&gt;relevant ▲ / ▼&lt;/th&gt;&lt;th&gt;AP share before → after&lt;/th&gt;&lt;th&gt;Δ&lt;/th&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="426"/>
        <source>judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="427"/>
        <source>never judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="431"/>
        <source>&lt;p&gt;%1 of the ΔAP of %2 came from documents the judge never saw.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="434"/>
        <source>&lt;p&gt;&lt;b&gt;Never judged, rose:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Never judged, fell:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Judged, rose:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="436"/>
        <source>&lt;p&gt;&lt;small&gt;AP share: the part of AP earned by the group&apos;s relevant documents (the two rows add up to AP). ✓ marks relevant documents.&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="444"/>
        <source>&lt;h4&gt;Failure triage&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="446"/>
        <source>&lt;p&gt;AP did not fall (%1 → %2): nothing to triage. Triage is for queries that got worse.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="449"/>
        <source>&lt;p&gt;AP fell (%1 → %2), but none of the known causes applies.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="452"/>
        <source>&lt;p&gt;AP fell from %1 to %2. What the evidence says:&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="462"/>
        <source>%1 (rank %2: judge %3, gold %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ExternalId</name>
    <message>
        <location filename="../core/io/externalid.cpp" line="15"/>
        <source>an id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/externalid.cpp" line="17"/>
        <source>the id &apos;%1&apos; is %2 bytes long; an id may have at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/externalid.cpp" line="26"/>
        <source>the id &apos;%1&apos; contains whitespace, which TREC run and qrels files (fields separated by whitespace) and id lists cannot carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/externalid.cpp" line="30"/>
        <source>the id &apos;%1&apos; contains the control character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/externalid.cpp" line="38"/>
        <source>the id &apos;%1&apos; contains whitespace (U+%2), which TREC run and qrels files and id lists cannot carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/externalid.cpp" line="42"/>
        <source>the id &apos;%1&apos; contains the invisible character U+%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/externalid.cpp" line="51"/>
        <source>%1: not written: %2 (imported by an older Tare; import the data again)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::FailureTriage</name>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="30"/>
        <source>Judge disagreed with gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="31"/>
        <source>No relevant document among the judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="32"/>
        <source>Loss decreased but AP fell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="33"/>
        <source>Overshoot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="64"/>
        <source>%1 (rank %2, judge %3, gold %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="65"/>
        <source>the judge disagreed with gold on %1 of the top %2 judged documents: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="84"/>
        <source>none of the %1 judged documents is relevant; the first relevant document was at rank %2 before refinement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="88"/>
        <source>none of the %1 judged documents is relevant, and no candidate is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="101"/>
        <source>the loss fell from %1 to %2 and levelled off (the last %3 steps lowered it by %4), while AP fell from %5 to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="103"/>
        <source>the loss fell from %1 to %2 and was still falling (the last %3 steps lowered it by %4), while AP fell from %5 to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="118"/>
        <source>AP peaked at %1 at step %2 and fell to %3 by step %4 while the loss kept falling (%5 → %6)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::FeedbackInspectorWidget</name>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="50"/>
        <source>Re-refine with these judgments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="56"/>
        <source>Judged documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="59"/>
        <source>Judged document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="63"/>
        <source>Accuracy: share of judged documents where the judge (score ≥ 0.5) agrees with gold (grade &gt; 0). Cohen&apos;s κ: that agreement corrected for chance. AUC: probability that the judge scores a relevant document above an irrelevant one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="66"/>
        <source>Refine this query again at once, with your labels in place of the judge&apos;s scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="76"/>
        <source>Keys: Y relevant · N not relevant · 0–9 graded label · ↑ ↓ move · Backspace undo. Highlighted rows: the judge disagrees with gold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="102"/>
        <source>Select a query in the run dashboard&apos;s table to see its feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="119"/>
        <source>Loading the feedback of query %1 of run %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="125"/>
        <source>Cannot show this query&apos;s feedback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="142"/>
        <source>Query %1: %2
Run %3 · judge %4 · %n judged document(s)</source>
        <translation>
            <numerusform>Query %1: %2
Run %3 · judge %4 · %n judged document</numerusform>
            <numerusform>Query %1: %2
Run %3 · judge %4 · %n judged documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="146"/>
        <source>AP before refinement %1 · after (run) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="148"/>
        <source>with your labels (stored in run %1) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="162"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;judge&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;with your labels&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;accuracy&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cohen&apos;s κ&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AUC&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;your labels&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="187"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="225"/>
        <source>Could not store the label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="272"/>
        <source>Could not undo the label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="318"/>
        <source>Re-refining…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="327"/>
        <source>Re-refining failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="331"/>
        <source>AP before refinement %1 · after (run) %2 · re-refined with your labels %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="334"/>
        <source>stored in run %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::FeedbackModel</name>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="24"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="24"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="24"/>
        <source>Rank before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="25"/>
        <source>Rank after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="26"/>
        <source>Judge score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="28"/>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="30"/>
        <source>Your label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="32"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="33"/>
        <source>Top tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="27"/>
        <source>The judge&apos;s score on 0..1; 0.5 and above counts as relevant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="29"/>
        <source>The gold relevance grade; above 0 is relevant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="31"/>
        <source>Your label: Y = 1, N = 0, a digit d = d/9. It overrides the judge when re-refining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="34"/>
        <source>The LLM&apos;s most likely first tokens and their probabilities.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::GridCellModel</name>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="10"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="11"/>
        <source>Embedder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="12"/>
        <source>Judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="13"/>
        <source>Refiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="14"/>
        <source>MAP before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="15"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="15"/>
        <source>What the cell does or did: reused cells had run with exactly this definition before and are not computed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="92"/>
        <source>waiting: will reuse run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="94"/>
        <source>waiting: will continue run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="95"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="98"/>
        <source>building the space %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="100"/>
        <source>reusing run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/gridcellmodel.cpp" line="102"/>
        <source>running: %1 of %n query(ies)</source>
        <translation>
            <numerusform>running: %1 of %n query</numerusform>
            <numerusform>running: %1 of %n queries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="102"/>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="104"/>
        <source>reused run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="106"/>
        <source>finished: run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="108"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="110"/>
        <source>stopped: run %1 keeps its finished queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="110"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="111"/>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::GridReport</name>
    <message>
        <location filename="../core/report/gridreport.cpp" line="97"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="99"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="46"/>
        <source>embed query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="47"/>
        <source>score corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="48"/>
        <location filename="../core/report/gridreport.cpp" line="170"/>
        <location filename="../core/report/gridreport.cpp" line="203"/>
        <location filename="../core/report/gridreport.cpp" line="277"/>
        <location filename="../core/report/gridreport.cpp" line="299"/>
        <source>judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="49"/>
        <source>refine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="50"/>
        <source>re-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="51"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="168"/>
        <location filename="../core/report/gridreport.cpp" line="272"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="169"/>
        <location filename="../core/report/gridreport.cpp" line="274"/>
        <source>MAP before → after refinement (relative change); mean over the datasets of the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="170"/>
        <location filename="../core/report/gridreport.cpp" line="203"/>
        <location filename="../core/report/gridreport.cpp" line="277"/>
        <location filename="../core/report/gridreport.cpp" line="299"/>
        <source>embedder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="170"/>
        <location filename="../core/report/gridreport.cpp" line="203"/>
        <location filename="../core/report/gridreport.cpp" line="277"/>
        <location filename="../core/report/gridreport.cpp" line="300"/>
        <source>refiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="173"/>
        <location filename="../core/report/gridreport.cpp" line="280"/>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/gridreport.cpp" line="191"/>
        <source>%n query(ies) failed</source>
        <translation>
            <numerusform>%n query failed</numerusform>
            <numerusform>%n queries failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="195"/>
        <source>Not everything ran:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="202"/>
        <location filename="../core/report/gridreport.cpp" line="299"/>
        <source>Per-query latency (ms): median / 95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="203"/>
        <location filename="../core/report/gridreport.cpp" line="299"/>
        <source>dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="203"/>
        <location filename="../core/report/gridreport.cpp" line="300"/>
        <source>queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="222"/>
        <source>embed query: the query embedded alone with the space&apos;s embedder (– when not measured); score corpus and re-score: cosine over the query&apos;s candidates; judge: the judge&apos;s answers for the sampled documents as measured when they were obtained (concurrent requests: the slowest); refine: the optimisation steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="328"/>
        <source>Not everything ran</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::GridRunner</name>
    <message>
        <location filename="../core/experiment/gridrunner.cpp" line="34"/>
        <source>space &apos;%1&apos;: &apos;%2&apos; is not key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/experiment/gridrunner.cpp" line="47"/>
        <source>space &apos;%1&apos;: %2 must be a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/experiment/gridrunner.cpp" line="72"/>
        <source>space &apos;%1&apos;: unknown option &apos;%2&apos; (dim, seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/experiment/gridrunner.cpp" line="79"/>
        <source>space &apos;%1&apos;: openai needs model=NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/experiment/gridrunner.cpp" line="85"/>
        <source>space &apos;%1&apos;: the builder is lsa or openai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/experiment/gridrunner.cpp" line="123"/>
        <source>a grid needs at least one dataset, space, judge and refiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/experiment/gridrunner.cpp" line="127"/>
        <source>unknown refiner &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/experiment/gridrunner.cpp" line="143"/>
        <source>no dataset named &apos;%1&apos; in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/experiment/gridrunner.cpp" line="148"/>
        <source>dataset &apos;%1&apos; has no space &apos;%2&apos; (name a builder: lsa, or NAME=openai:model=M)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::GridTableModel</name>
    <message>
        <location filename="../core/models/gridtablemodel.cpp" line="58"/>
        <source>The mean MAP over the datasets of the row with a result, before → after refinement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridtablemodel.cpp" line="62"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridtablemodel.cpp" line="64"/>
        <source>Not run (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridtablemodel.cpp" line="65"/>
        <source>Run %1, reused: it had run with exactly this definition before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/gridtablemodel.cpp" line="66"/>
        <source>Run %1, %n query(ies).</source>
        <translation>
            <numerusform>Run %1, %n query.</numerusform>
            <numerusform>Run %1, %n queries.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/gridtablemodel.cpp" line="83"/>
        <source>Embedder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridtablemodel.cpp" line="85"/>
        <source>Judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridtablemodel.cpp" line="87"/>
        <source>Refiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridtablemodel.cpp" line="89"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/gridtablemodel.cpp" line="93"/>
        <source>MAP before → after refinement (relative change)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::GridWidget</name>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="155"/>
        <source>Go on &amp;past a failed cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="156"/>
        <source>&amp;Run Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="157"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="164"/>
        <source>&amp;Export Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="185"/>
        <source>Grid datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="186"/>
        <source>Grid embedding spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="187"/>
        <source>Grid judges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="188"/>
        <source>Grid refiners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="189"/>
        <source>Grid Adam steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="190"/>
        <source>Go on past a failed cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="191"/>
        <source>Run grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="192"/>
        <source>Stop grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="193"/>
        <source>Grid progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="194"/>
        <source>Grid status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="195"/>
        <source>Grid cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="196"/>
        <source>Grid table: MAP before and after per dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="197"/>
        <source>Export grid table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="200"/>
        <source>Open a project to run a grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="213"/>
        <source>Grid: datasets × spaces × judges × refiners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="216"/>
        <source>The datasets of the grid: one column of the table each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="217"/>
        <source>The embedding spaces, by name: each must exist in every ticked dataset, except &quot;lsa&quot;, which is built (the built-in LSA embedder) where a dataset has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="219"/>
        <source>The judges: gold labels, simulated judges with noise, and the LLM judges of Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="220"/>
        <source>The refiners, each with its defaults (the paper&apos;s for kl-adam).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="226"/>
        <source>each refiner&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="227"/>
        <source>Adam steps of every cell (each refiner&apos;s default: the paper&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="229"/>
        <source>A cell that fails is shown with its reason and the next cells run; unticked, the grid stops at the first failure. Finished cells are kept either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="231"/>
        <source>Datasets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="232"/>
        <source>Spaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="233"/>
        <source>Judges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="234"/>
        <source>Refiners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="235"/>
        <source>Adam steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="237"/>
        <source>Runs every cell; a cell that ran before with exactly its definition is reused, not computed again, and an unfinished one continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="239"/>
        <source>Stops after the current refinement step: finished cells and queries are kept; run the grid again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="246"/>
        <source>%v of %m cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="260"/>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="265"/>
        <source>The paper&apos;s table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="267"/>
        <source>MAP before → after refinement (relative change) per dataset, and their mean; one row per embedder × judge × refiner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="279"/>
        <source>Writes the table as Markdown, an HTML page or CSV (by the file&apos;s suffix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="300"/>
        <source>Cannot list the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/gridwidget.cpp" line="310"/>
        <source>%1 (%n query(ies))</source>
        <translation>
            <numerusform>%1 (%n query)</numerusform>
            <numerusform>%1 (%n queries)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="319"/>
        <source>lsa (built where missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="320"/>
        <source>The built-in LSA embedder: a dataset without an &quot;lsa&quot; space gets one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="321"/>
        <source>In %1 of %2 datasets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="328"/>
        <source>Tick the datasets, spaces, judges and refiners, then Run Grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="341"/>
        <source>The dataset&apos;s labels: the best feedback there is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="343"/>
        <source>The gold labels with seeded noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="347"/>
        <source>%1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="348"/>
        <source>Needs an endpoint and a judge model: set them in Settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="388"/>
        <source>Tick at least one dataset, space, judge and refiner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="395"/>
        <source>Planning the grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="396"/>
        <source>Tare grid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="437"/>
        <source>The grid did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/gridwidget.cpp" line="451"/>
        <source>%n cell(s): </source>
        <translation>
            <numerusform>%n cell: </numerusform>
            <numerusform>%n cells: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="452"/>
        <source>%1 run, %2 reused, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/gridwidget.cpp" line="454"/>
        <source>; stopped before %n cell(s) (run the grid again to continue).</source>
        <translation>
            <numerusform>; stopped before %n cell (run the grid again to continue).</numerusform>
            <numerusform>; stopped before %n cells (run the grid again to continue).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="476"/>
        <source>Building the space %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="488"/>
        <source>Cell %1 of %2: %3 · %4 · %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="510"/>
        <source>Stopping after the current step; finished cells are kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="550"/>
        <source>Export Grid Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="551"/>
        <source>Markdown (*.md);;HTML page (*.html);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="562"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="568"/>
        <source>The table was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="572"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::HtmlReport</name>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="52"/>
        <location filename="../core/report/htmlreport.cpp" line="61"/>
        <source>relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="52"/>
        <source>irrelevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="61"/>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="61"/>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="62"/>
        <source>relevant up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="62"/>
        <source>relevant down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="62"/>
        <source>AP part before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="63"/>
        <source>AP part after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="63"/>
        <location filename="../core/report/htmlreport.cpp" line="178"/>
        <source>Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="64"/>
        <source>judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="65"/>
        <source>never judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="83"/>
        <source>rose most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="84"/>
        <location filename="../core/report/htmlreport.cpp" line="86"/>
        <location filename="../core/report/htmlreport.cpp" line="124"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="85"/>
        <source>fell most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="95"/>
        <source>judged document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="95"/>
        <source>gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="95"/>
        <source>judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="96"/>
        <source>rank before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="96"/>
        <source>AP without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="97"/>
        <source>ΔAP contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="97"/>
        <source>pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="97"/>
        <source>share of pull/push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="106"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="110"/>
        <source>towards %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="111"/>
        <source>away %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="127"/>
        <source>Gained:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="127"/>
        <source>Lost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="133"/>
        <source>no reason found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="166"/>
        <source>Tare report: run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="170"/>
        <source>%1 · %2 · judge %3 · refiner %4 · generated %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="174"/>
        <location filename="../core/report/htmlreport.cpp" line="297"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="176"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="178"/>
        <source>mean over queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="178"/>
        <location filename="../core/report/htmlreport.cpp" line="222"/>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="178"/>
        <location filename="../core/report/htmlreport.cpp" line="222"/>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="189"/>
        <source>Queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="189"/>
        <location filename="../core/report/htmlreport.cpp" line="275"/>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="189"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="189"/>
        <source>AP before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="189"/>
        <source>AP after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="189"/>
        <location filename="../core/report/htmlreport.cpp" line="275"/>
        <source>ΔAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="189"/>
        <source>nDCG@10 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="190"/>
        <source>nDCG@10 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="190"/>
        <source>d′ before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="190"/>
        <source>d′ after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="190"/>
        <source>judged relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="190"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="210"/>
        <source>Score distributions and separation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="211"/>
        <source>Cosine similarity of every candidate to the query before and after refinement, relevant and irrelevant documents as shares of their group over the same bins: the largest gain, the largest loss and the median query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="221"/>
        <source>best F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="221"/>
        <source>mean relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="221"/>
        <source>mean irrelevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="234"/>
        <source>Explanations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="235"/>
        <source>The queries whose AP changed most. &lt;b&gt;ΔAP contribution&lt;/b&gt; of a judged document: AP with all feedback minus AP when the query is refined again without that document. &lt;b&gt;Pull&lt;/b&gt;: the document&apos;s gradient term summed over the steps, along the direction towards it (towards: the query was pulled to it, away: pushed from it); &lt;b&gt;share&lt;/b&gt;: its part of all pulling and pushing. &lt;b&gt;AP part&lt;/b&gt; of a group: AP summed over the group&apos;s relevant documents only (precision still counts every relevant document), so the judged and never-judged parts add up to AP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="246"/>
        <source>AP %1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="247"/>
        <source>Influence of the judged documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="248"/>
        <source>Rank movers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="250"/>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="253"/>
        <source>after %1 steps: ‖q − q₀‖ = %2, cos(q, q₀) = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="257"/>
        <source>; overshoot: AP peaked at %1 at step %2 and fell to %3 while the loss kept falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="261"/>
        <source>Drift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="268"/>
        <source>Failure triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="270"/>
        <source>No query got worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="273"/>
        <source>1 query got worse; the reasons found, with their evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="274"/>
        <source>%1 queries got worse; the reasons found for each, with their evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="275"/>
        <source>AP before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="275"/>
        <source>reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="285"/>
        <source>Written by Tare. AP, nDCG@10 and the other measures are computed as trec_eval computes them (relevant: grade &amp;gt; 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="292"/>
        <source>Tare report: experiment %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="294"/>
        <source>%1 · %2 · generated %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::HttpClient</name>
    <message>
        <location filename="../core/net/httpclient.cpp" line="101"/>
        <source>libcurl could not create a multi handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="155"/>
        <source>the HTTP client is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="247"/>
        <location filename="../core/net/httpclient.cpp" line="412"/>
        <location filename="../core/net/httpclient.cpp" line="529"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="251"/>
        <source>not sent: an earlier request of the batch failed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="421"/>
        <source>the response is larger than %1 MiB, the most accepted for this request; it was not read further (a misbehaving or hostile server?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="440"/>
        <source>HTTP %1: the server asks to retry after %2 s: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="454"/>
        <source>HTTP %1 after %2 attempt(s): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="461"/>
        <source>HTTP %1: the server redirects without saying where; Tare does not follow redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="463"/>
        <source>HTTP %1: the server redirects to %2; Tare does not follow redirects: use that address as the endpoint if you trust it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="468"/>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="481"/>
        <source>network error after %1 attempt(s): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="482"/>
        <source>network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="550"/>
        <source>libcurl could not start the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="592"/>
        <source>the HTTP client was shut down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::HumanFeedbackRun</name>
    <message>
        <location filename="../core/feedback/humanfeedbackrun.cpp" line="41"/>
        <source>judge %1 is not a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/feedback/humanfeedbackrun.cpp" line="44"/>
        <source>no run with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::HumanJudgmentStore</name>
    <message>
        <location filename="../core/db/humanjudgmentstore.cpp" line="51"/>
        <source>an annotator needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/humanjudgmentstore.cpp" line="53"/>
        <source>the annotator name &apos;%1…&apos; is longer than 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/humanjudgmentstore.cpp" line="55"/>
        <source>an annotator name cannot hold control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/humanjudgmentstore.cpp" line="57"/>
        <source>&apos;%1&apos; is reserved; choose another annotator name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::HydeQueryWriter</name>
    <message>
        <location filename="../core/embed/hydequerywriter.cpp" line="20"/>
        <source>HyDE needs a chat-completions endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/hydequerywriter.cpp" line="22"/>
        <source>HyDE needs a chat model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/hydequerywriter.cpp" line="77"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/hydequerywriter.cpp" line="92"/>
        <source>writing the hypothetical document of query %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/hydequerywriter.cpp" line="98"/>
        <source>the hypothetical document of query %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/hydequerywriter.cpp" line="101"/>
        <source>the model wrote an empty hypothetical document for query %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/hydequerywriter.cpp" line="104"/>
        <source>writing hypothetical documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::HydeSpaceBuilder</name>
    <message>
        <location filename="../core/embed/hydespacebuilder.cpp" line="20"/>
        <source>no embedding space with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/hydespacebuilder.cpp" line="29"/>
        <source>HyDE needs a space Tare can embed new text into (lsa or openai); &apos;%1&apos; is a %2 space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::HydeSpaceCommand</name>
    <message>
        <location filename="../app/hydespacecommand.cpp" line="45"/>
        <source>A HyDE space is being built already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hydespacecommand.cpp" line="50"/>
        <location filename="../app/hydespacecommand.cpp" line="55"/>
        <source>Build HyDE Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hydespacecommand.cpp" line="51"/>
        <source>HyDE asks an LLM to write a hypothetical answer for every query. Set an endpoint and a judge model in Settings (Ctrl+,) first, then build the space again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hydespacecommand.cpp" line="56"/>
        <source>Build the HyDE twin of this space?

%1 at %2 writes one hypothetical document per query; each is embedded like the space&apos;s queries and averaged with the query&apos;s own vector. The space&apos;s documents are copied. This costs one chat request per query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hydespacecommand.cpp" line="61"/>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hydespacecommand.cpp" line="82"/>
        <source>Building the HyDE space: %1 of %2 queries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hydespacecommand.cpp" line="85"/>
        <source>Building the HyDE space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hydespacecommand.cpp" line="91"/>
        <source>The HyDE space was not built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hydespacecommand.cpp" line="95"/>
        <source>Built the space %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ImportDialog</name>
    <message>
        <location filename="../widgets/importdialog.cpp" line="38"/>
        <source>Import BEIR Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="38"/>
        <source>Import Classification Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="39"/>
        <source>Import TREC Qrels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="39"/>
        <source>Import Vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="50"/>
        <source>Skip malformed records and report them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="64"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="64"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="66"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="69"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="71"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="77"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="80"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="80"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="84"/>
        <source>default: the folder or file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="84"/>
        <source>an existing dataset of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="85"/>
        <source>Name of the new dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="85"/>
        <source>The dataset the labels or vectors belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="86"/>
        <source>&amp;Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="91"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="92"/>
        <source>The labels are read from qrels/&lt;split&gt;.tsv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="93"/>
        <source>&amp;Split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="96"/>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="97"/>
        <source>Whole corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="98"/>
        <source>Judged documents of each query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="99"/>
        <source>Which documents are ranked for a query: the whole corpus, or only the documents labelled for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="100"/>
        <source>&amp;Pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="107"/>
        <source>Text column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="109"/>
        <source>Label column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="111"/>
        <source>Id column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="112"/>
        <source>The column holding each text (a document).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="113"/>
        <source>The column holding each text&apos;s label (one query per label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="114"/>
        <source>Optional document ids; otherwise ids are the file name and the row number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="115"/>
        <source>&amp;Text column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="116"/>
        <source>&amp;Label column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="117"/>
        <source>&amp;Id column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="122"/>
        <source>Id list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="123"/>
        <source>one id per line (needed for .npy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="124"/>
        <source>&amp;Id list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="127"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="129"/>
        <source>&amp;Space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="130"/>
        <source>These are query vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="133"/>
        <source>Store as float16 (half the memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="135"/>
        <source>Keeps a new space&apos;s document vectors as float16: half the memory and file size, scored with float32 sums; rankings barely move (MAP within 0.001 in Tare&apos;s tests). Components beyond ±65504 are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="142"/>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="146"/>
        <source>Paper preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="147"/>
        <source>One of the paper&apos;s six datasets: fills in its instruction, task type, pool and how its documents are joined, as the paper&apos;s code has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="149"/>
        <source>Pape&amp;r preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="151"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="152"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="155"/>
        <source>Task type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="156"/>
        <source>LLM judges are told the task only for classification datasets, as in the paper&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="157"/>
        <source>Tas&amp;k type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="160"/>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="161"/>
        <source>e.g. Given a claim, find the arguments that support it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="162"/>
        <source>The dataset&apos;s task instruction: {instruction} in embedding query templates, and the judge&apos;s task sentence for classification datasets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="164"/>
        <source>I&amp;nstruction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="175"/>
        <source>Choose the input to see its first rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="180"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="184"/>
        <source>Preview (first rows):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="218"/>
        <source>BEIR Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="220"/>
        <source>Tables (*.csv *.tsv *.tab *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="221"/>
        <source>Vectors (*.npy *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="222"/>
        <source>Qrels (*.qrels *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="233"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="291"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="320"/>
        <source>Choose the input first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="325"/>
        <source>Name the dataset the labels or vectors belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="366"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="373"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="400"/>
        <source>The import was stopped; nothing of it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="445"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="454"/>
        <source>Imported %n vector(s).</source>
        <translation>
            <numerusform>Imported %n vector.</numerusform>
            <numerusform>Imported %n vectors.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="455"/>
        <source>Imported %1 documents, %2 queries and %3 labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="457"/>
        <source>Skipped %n bad record(s); the first: %1</source>
        <translation>
            <numerusform>Skipped %n bad record; the first: %1</numerusform>
            <numerusform>Skipped %n bad records; the first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tare::ImportPreviewReader</name>
    <message numerus="yes">
        <location filename="../core/io/importpreview.cpp" line="40"/>
        <source>[%n value(s)]</source>
        <translation>
            <numerusform>[%n value]</numerusform>
            <numerusform>[%n values]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="67"/>
        <source>JSON lines, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="85"/>
        <source>CSV, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="85"/>
        <source>TSV, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="104"/>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="104"/>
        <source>iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="104"/>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="104"/>
        <source>grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="106"/>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="111"/>
        <source>Whitespace-separated, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="121"/>
        <source>%1: not a BEIR folder (no corpus.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="126"/>
        <source>corpus.jsonl (%1); qrels splits: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="128"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="146"/>
        <source>NumPy matrix: %1 rows × %2 columns, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::InfluenceModel</name>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="14"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="16"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="31"/>
        <source>pull %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="31"/>
        <source>push %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="11"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="12"/>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="13"/>
        <source>Judge score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="16"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="18"/>
        <source>ΔAP contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="25"/>
        <source>Share of update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="34"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="19"/>
        <source>AP with all the feedback minus AP when the query is refined again without this document (&gt; 0: the document helped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="26"/>
        <source>The document&apos;s share of all pulling and pushing over the steps: pull = the query moved towards it, push = away from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::JobTracker</name>
    <message>
        <location filename="../core/jobs/jobtracker.cpp" line="58"/>
        <source>cancelled before it began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/jobtracker.cpp" line="63"/>
        <source>an unknown error stopped the work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::JsonRecord</name>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="29"/>
        <source>invalid UTF-8 at byte %1 of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="34"/>
        <source>malformed JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="36"/>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="50"/>
        <source>field &quot;%1&quot; contains a NUL character (\u0000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="60"/>
        <source>field &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="67"/>
        <location filename="../core/io/jsonrecord.cpp" line="71"/>
        <source>field &quot;%1&quot; must be a string or an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="70"/>
        <location filename="../core/io/jsonrecord.cpp" line="78"/>
        <source>missing field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="80"/>
        <location filename="../core/io/jsonrecord.cpp" line="90"/>
        <source>field &quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::Judge</name>
    <message>
        <location filename="../core/judge/judge.cpp" line="21"/>
        <source>… (%1 bytes in all; only the first %2 are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/judge.cpp" line="46"/>
        <source>the judge&apos;s score %1 is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/judge.cpp" line="47"/>
        <source>the judge gave no score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::JudgeChooserWidget</name>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="37"/>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="40"/>
        <source>Gold labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="41"/>
        <source>Simulated: flipped labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="42"/>
        <source>Simulated: Gaussian noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="43"/>
        <source>LLM yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="44"/>
        <source>LLM rating 0–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="45"/>
        <source>Reranker (TEI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="46"/>
        <source>Reranker (Cohere-compatible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="47"/>
        <source>The dataset&apos;s gold labels: the upper bound of what a judge can give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="48"/>
        <source>Gold labels with a share of them flipped at random (seeded): how feedback errors matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="50"/>
        <source>Gold labels plus Gaussian noise of standard deviation σ (seeded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="51"/>
        <source>Who judges the selected documents: the gold labels, a simulated judge, or a model over HTTP (endpoint and model in Settings, Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="53"/>
        <source>Judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="59"/>
        <source>Judge noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="62"/>
        <source>The simulated judge&apos;s random seed: another seed flips other labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="63"/>
        <source>Judge seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="92"/>
        <source>&amp;Flip rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="92"/>
        <source>&amp;σ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="93"/>
        <source>Share of the judged labels flipped (0 to 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="94"/>
        <source>Standard deviation of the noise added to each gold score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="167"/>
        <source>Needs an endpoint and a judge model: set them in Settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="169"/>
        <source>Needs an endpoint: set it in Settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="171"/>
        <source>Needs a judge model: set it in Settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="174"/>
        <source>Judged by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="175"/>
        <source>Judged by the reranker at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::JudgeFactory</name>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="55"/>
        <source>an HTTP judge needs an endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="45"/>
        <source>invalid judge &apos;%1&apos;: %2 (use gold, simulated:flip=RATE, simulated:sigma=SD with optional ,seed=N, llm-yesno, llm-rating[:raw], llm-truefalse, rerank[:raw] or rerank-cohere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="72"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="75"/>
        <source>raw scores are an option of llm-rating and rerank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="77"/>
        <source>content-filter is an option of the LLM judges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="99"/>
        <source>unknown judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="119"/>
        <source>bad parameter &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="122"/>
        <source>a simulated judge needs flip or sigma</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::JudgedSelection</name>
    <message>
        <location filename="../core/refine/judgedselection.cpp" line="61"/>
        <source>Cannot judge %1 documents from the top out of %2: both must be zero or more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::JudgmentExporter</name>
    <message>
        <location filename="../core/io/judgmentexporter.cpp" line="57"/>
        <source>no judge with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/judgmentexporter.cpp" line="89"/>
        <source>no judge &apos;%1&apos;: the project has no judges yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/judgmentexporter.cpp" line="90"/>
        <source>no judge &apos;%1&apos;; the project&apos;s judges: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::JudgmentReasoner</name>
    <message>
        <location filename="../core/judge/judgmentreasoner.cpp" line="18"/>
        <source>asking for a reason needs an endpoint URL (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/judgmentreasoner.cpp" line="20"/>
        <source>asking for a reason needs a model name (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/judgmentreasoner.cpp" line="31"/>
        <source>Judge the relevance according to the following task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/judgmentreasoner.cpp" line="72"/>
        <location filename="../core/judge/judgmentreasoner.cpp" line="75"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/judgmentreasoner.cpp" line="77"/>
        <source>the model did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/judgmentreasoner.cpp" line="83"/>
        <source>the model&apos;s reply holds no text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::Keychain</name>
    <message>
        <location filename="../core/net/keychain.cpp" line="23"/>
        <source>Use an environment variable for the key instead (--api-key-env VAR, or env:VAR in the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/keychain.cpp" line="70"/>
        <source>the system keychain needs an application object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/keychain.cpp" line="90"/>
        <source>the system keychain did not answer within two minutes. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/keychain.cpp" line="99"/>
        <source>the system keychain holds no API key under that name (store one with &apos;tare-cli key set NAME&apos; or in the settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/keychain.cpp" line="103"/>
        <source>access to the system keychain was denied (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/keychain.cpp" line="105"/>
        <source>no system keychain is available: no Secret Service (GNOME Keyring, KWallet, KeePassXC) answers on the D-Bus session bus. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/keychain.cpp" line="112"/>
        <source>the system keychain could not be used: %1. A Secret Service (GNOME Keyring, KWallet, KeePassXC) must run on the D-Bus session bus. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/keychain.cpp" line="114"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/keychain.cpp" line="137"/>
        <source>a keychain entry name has 1 to 64 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/keychain.cpp" line="153"/>
        <source>the system keychain entry for the API key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/keychain.cpp" line="161"/>
        <source>an empty API key cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/keychain.cpp" line="189"/>
        <source>this build of Tare has no system keychain support (QtKeychain was not found when it was built). %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::KlAdamRefiner</name>
    <message>
        <location filename="../core/refine/klrefiner.cpp" line="21"/>
        <source>The number of steps must not be negative (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::LessonRun</name>
    <message>
        <location filename="../core/teach/lessonrun.cpp" line="36"/>
        <source>the bundled teaching dataset was not found (looked in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teach/lessonrun.cpp" line="62"/>
        <source>the lesson run ended %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::LessonScript</name>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="44"/>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="89"/>
        <source>Step 0: what the judge wants (p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/teach/lessonscript.cpp" line="92"/>
        <source>The white triangle is the query where the embedding model put it; the %n marks around it are the documents the judge scored, coloured by that score (red: relevant, blue: not).</source>
        <translation>
            <numerusform>The white triangle is the query where the embedding model put it; the %n mark around it is the document the judge scored, coloured by that score (red: relevant, blue: not).</numerusform>
            <numerusform>The white triangle is the query where the embedding model put it; the %n marks around it are the documents the judge scored, coloured by that score (red: relevant, blue: not).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="96"/>
        <source>The grey bars are the target p: the judge&apos;s scores turned into shares that add up to 1 (p = softmax of the scores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="100"/>
        <source>Document %1 gets the largest share, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="104"/>
        <source>Step %1: what the query says (r)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="105"/>
        <source>The blue bars are r: the same kind of shares, computed from the query&apos;s cosine similarity to each judged document (r = softmax of the cosines). Cosines differ little, so r is much flatter than p.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="111"/>
        <source>Document %1 is furthest apart: p %2, r %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="116"/>
        <source>Step %1: the loss measures the gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="117"/>
        <source>The loss is KL(p‖r) = Σ p·log(p/r). It is 0 only when r equals p; a document the judge likes more than the query does (p above r) adds the most. Now %1; it started at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="122"/>
        <source>Step %1: how the query moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="123"/>
        <source>Each step, Adam moves the query a little down the gradient of the loss: towards the documents r gives less than p, away from those it gives more. The black line is the path so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="129"/>
        <source>Now it pulls hardest towards %1 (p %2, r %3) and pushes away from %4 (p %5, r %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="135"/>
        <source>Step %1: what the ranking sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="136"/>
        <source>The whole corpus is ranked by its cosine to the moved query. AP is %1 now (%2 at the start); the top ten holds %3 relevant documents (%4 at the start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="143"/>
        <source>Step %1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="144"/>
        <source>After %1 steps the loss fell from %2 to %3 and AP went from %4 to %5. The refined query ranks the corpus the way the judge&apos;s scores asked for, as far as small steps on one vector allow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::LineReader</name>
    <message>
        <location filename="../core/io/linereader.cpp" line="24"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/linereader.cpp" line="41"/>
        <source>the file is %1 (it starts with its byte-order mark); Tare reads UTF-8: convert it first, e.g. iconv -f %1 -t UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/linereader.cpp" line="49"/>
        <source>the line is longer than %1 MiB, the most one record may take (is this the right file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/linereader.cpp" line="73"/>
        <source>%1: read error: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::LlmJudge</name>
    <message>
        <location filename="../core/judge/llmjudge.cpp" line="44"/>
        <source>the LLM judge needs an endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/llmjudge.cpp" line="46"/>
        <source>the LLM judge needs a model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/llmjudge.cpp" line="176"/>
        <source>%1; scored 0.5 as the paper does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/llmjudge.cpp" line="180"/>
        <source>the provider&apos;s content filter refused the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/llmjudge.cpp" line="194"/>
        <source>the reply was withheld by the provider&apos;s content filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/llmjudge.cpp" line="206"/>
        <source>the reply does not start with a rating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/llmjudge.cpp" line="212"/>
        <source>the reply holds no rating from 0 to 100: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::LsaModel</name>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="45"/>
        <source>the LSA dimension must be at least 1, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="48"/>
        <source>oversampling (%1) and power iterations (%2) must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="53"/>
        <source>min_df (%1) and the minimum token length (%2) must be at least 1, max_features (%3) not negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="62"/>
        <source>Not a valid Tare LSA model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="83"/>
        <source>Fitting the LSA model was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/embed/lsamodel.cpp" line="92"/>
        <source>The %n document(s) contain no terms to build an LSA model from</source>
        <translation>
            <numerusform>The %n document contains no terms to build an LSA model from</numerusform>
            <numerusform>The %n documents contain no terms to build an LSA model from</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="104"/>
        <source>TF-IDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="121"/>
        <source>The LSA model has not been fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="147"/>
        <source>Cannot explain a vector of length %1 with an LSA model of dimension %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="151"/>
        <source>The number of terms to explain must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/embed/lsamodel.cpp" line="221"/>
        <source>only %n byte(s)</source>
        <translation>
            <numerusform>only %n byte</numerusform>
            <numerusform>only %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="223"/>
        <source>bad magic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="236"/>
        <source>unsupported format version %1 (this Tare reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="244"/>
        <source>checksum mismatch (the data is damaged or truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="250"/>
        <location filename="../core/embed/lsamodel.cpp" line="283"/>
        <source>truncated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="259"/>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="271"/>
        <source>bad stop-word flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="279"/>
        <source>inconsistent sizes (%1 terms, dimension %2, %3 documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="283"/>
        <location filename="../core/embed/lsamodel.cpp" line="298"/>
        <source>model data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="291"/>
        <source>term %1 has an impossible length %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="292"/>
        <source>vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="312"/>
        <source>unexpected data after the projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="315"/>
        <source>non-finite or negative numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::LsaSpaceBuilder</name>
    <message>
        <location filename="../core/embed/lsaspacebuilder.cpp" line="66"/>
        <source>embedding cancelled; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsaspacebuilder.cpp" line="72"/>
        <source>embedding documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="117"/>
        <source>Tare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="126"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="127"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="128"/>
        <source>Run dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="129"/>
        <source>Query inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="130"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="131"/>
        <source>Trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="132"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="133"/>
        <source>Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="134"/>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="135"/>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="137"/>
        <source>Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="160"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="166"/>
        <source>Run &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="168"/>
        <source>Every run of the project: open one, use its settings, rename or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="169"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="170"/>
        <source>The run shown: is it helping, its curves and its queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="171"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="177"/>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="179"/>
        <source>Annotation &amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="180"/>
        <source>Label the judged documents of the run shown where the judge, gold or people disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="186"/>
        <source>&amp;Lesson: How Refinement Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="189"/>
        <source>Plays a refinement on the bundled teaching dataset with captions that explain each part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="248"/>
        <location filename="../app/mainwindow.cpp" line="257"/>
        <source>Re-refined query stored in run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="272"/>
        <source>Document %1: its text and figures are selected in the table below the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="537"/>
        <location filename="../app/mainwindow.cpp" line="565"/>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="537"/>
        <source>Open a project with a run (or show an experiment) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="540"/>
        <source>experiment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="540"/>
        <source>run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="542"/>
        <source>Export Report of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="543"/>
        <source>HTML page (*.html);;Markdown (*.md);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="549"/>
        <source>Writing the report of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="563"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="572"/>
        <source>Lesson: How Refinement Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="572"/>
        <source>Open a project first (the sample project will do).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="575"/>
        <source>Preparing the lesson (teaching dataset, built-in embedder, one run)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="584"/>
        <source>The lesson could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="598"/>
        <source>Lesson: run %1 on the teaching dataset; Space plays and pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="287"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="141"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="143"/>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="451"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="432"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="77"/>
        <source>the sample_data folder was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="431"/>
        <source>Opening %1 (the first start fits the built-in embedder)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="444"/>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="445"/>
        <source>Could not open %1; %2 is still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="464"/>
        <source>Reloaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="479"/>
        <source>%1 — Tare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="480"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::MarkdownReport</name>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="68"/>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="68"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="95"/>
        <source>Tare report: run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="96"/>
        <source>%1 · %2 · judge %3 · refiner %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="99"/>
        <location filename="../core/report/markdownreport.cpp" line="192"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="100"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="104"/>
        <source>mean over queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="104"/>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="104"/>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="104"/>
        <source>Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="115"/>
        <source>Queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="117"/>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="117"/>
        <source>AP before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="117"/>
        <source>AP after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="117"/>
        <source>ΔAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="117"/>
        <source>nDCG@10 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="117"/>
        <source>nDCG@10 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="118"/>
        <source>judged relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="118"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="122"/>
        <source>Explanations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="127"/>
        <source>Most influential judged documents (ΔAP contribution = AP − AP refined without it; pull &gt; 0: towards it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="133"/>
        <source>- %1 (gold %2, judge %3): ΔAP %4, pull %5 (%6 of all pull/push)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="136"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="140"/>
        <source>- %1: %2 relevant of %3 documents, %4 rose, %5 fell; AP part %6 → %7 (%8)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="148"/>
        <source>Rank movers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="148"/>
        <source>judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="149"/>
        <source>never judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="155"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="157"/>
        <source>Terms gained: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="158"/>
        <source>Terms lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="161"/>
        <source>Drift after %1 steps: ‖q − q₀‖ = %2, cos = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="165"/>
        <source>; overshoot after step %1 (AP %2 → %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="174"/>
        <source>Failure triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="176"/>
        <source>No query got worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="182"/>
        <source>no reason found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="191"/>
        <source>Tare report: experiment %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::MethodComparison</name>
    <message>
        <location filename="../core/experiment/methodcomparison.cpp" line="44"/>
        <source>unknown method &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/experiment/methodcomparison.cpp" line="47"/>
        <source>method &apos;%1&apos; needs a HyDE space (make one with &apos;tare-cli hyde&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/experiment/methodcomparison.cpp" line="97"/>
        <source>a method comparison without its &apos;none&apos; run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::MethodComparisonModel</name>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="67"/>
        <source>&lt; 0.001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="25"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="26"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="27"/>
        <source>MAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="29"/>
        <source>ΔMAP vs none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="34"/>
        <source>W / T / L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="40"/>
        <source>t-test p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="43"/>
        <source>Randomization p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="47"/>
        <source>95% CI of Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="30"/>
        <source>Mean per-query ΔAP of the method against the unrefined ranking (&quot;none&quot;) on the same queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="35"/>
        <source>Queries where the method&apos;s AP is higher / equal / lower than without refinement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="40"/>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="44"/>
        <source>Two-sided p-value of no mean difference against &quot;none&quot; (paired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="47"/>
        <source>95% bootstrap confidence interval of the mean Δ over queries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::NewProjectFile</name>
    <message>
        <location filename="../core/db/newprojectfile.cpp" line="37"/>
        <source>%1: cannot create the project in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/newprojectfile.cpp" line="42"/>
        <source>%1: cannot create the project in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/newprojectfile.cpp" line="69"/>
        <source>%1: the new project could not be completed (its write-ahead log is still in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/newprojectfile.cpp" line="83"/>
        <source>%1: cannot put the new project in place: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::NewSpaceDialog</name>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="38"/>
        <source>{text} is replaced by the text, {instruction} by the dataset&apos;s (or query&apos;s) instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="54"/>
        <source>Built-in LSA (no network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="55"/>
        <source>Embedding endpoint (OpenAI-compatible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="56"/>
        <source>HyDE over an existing space (an LLM writes a document per query)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="57"/>
        <source>Imported vectors (.npy or JSON lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="70"/>
        <source>&amp;Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="72"/>
        <source>S&amp;ource space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="77"/>
        <location filename="../widgets/newspacedialog.cpp" line="83"/>
        <source>Query template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="78"/>
        <location filename="../widgets/newspacedialog.cpp" line="85"/>
        <source>Document template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="88"/>
        <source>A&amp;verage with the query&apos;s own vector (as the HyDE paper does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="89"/>
        <source>Open &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="93"/>
        <location filename="../widgets/newspacedialog.cpp" line="303"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="97"/>
        <source>New Embedding Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="104"/>
        <source>%1 (%2 documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="117"/>
        <source>%1 · %2 (dimension %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="122"/>
        <source>The space&apos;s name in its dataset; runs and experiments name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="128"/>
        <source>Dimensions of the truncated SVD; fewer when the corpus has fewer documents or terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="132"/>
        <source>Seed of the randomized SVD: the same seed gives the same vectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="135"/>
        <source>Di&amp;mension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="136"/>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="137"/>
        <location filename="../widgets/newspacedialog.cpp" line="155"/>
        <source>&amp;Query template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="138"/>
        <location filename="../widgets/newspacedialog.cpp" line="156"/>
        <source>Doc&amp;ument template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="147"/>
        <source>the model&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="149"/>
        <source>Ask the model for shorter vectors (models that can shorten them); 0: the model&apos;s own size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="152"/>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="153"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="154"/>
        <source>D&amp;imensions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="163"/>
        <source>The chat model that writes one hypothetical document per query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="168"/>
        <source>Chat endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="169"/>
        <source>Chat &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="175"/>
        <source>Vectors computed elsewhere come in through the import dialog: a .npy matrix (float32 or float16) with a list of ids, or JSON lines {&quot;_id&quot;: …, &quot;embedding&quot;: […]}. Continue opens it for the dataset chosen above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="191"/>
        <source>Build progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="201"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="204"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="254"/>
        <source>Templates from the model template table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="278"/>
        <source>none set (File ▸ Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="280"/>
        <source>no API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="282"/>
        <source>API key from the keychain entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="283"/>
        <source>API key from the environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="284"/>
        <location filename="../widgets/newspacedialog.cpp" line="285"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="303"/>
        <source>&amp;Continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="317"/>
        <source>An embedding endpoint needs its address: set it in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="321"/>
        <source>HyDE starts from a built-in LSA or endpoint space of the dataset: create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="323"/>
        <source>HyDE needs a chat endpoint: set it in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="330"/>
        <source>The project has no dataset yet: import one first (File ▸ Import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="453"/>
        <source>Name the space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="457"/>
        <source>Name the embedding model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="461"/>
        <source>Name the chat model that writes the documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="481"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="484"/>
        <source>Building %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="505"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="520"/>
        <source>Building %1: %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="532"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="537"/>
        <source>Stopped; no space was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="538"/>
        <source>Stopped; no space was written (vectors fetched so far stay cached and are not asked for again).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::NpyReader</name>
    <message>
        <location filename="../core/io/npyfile.cpp" line="32"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="35"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="38"/>
        <source>not a NumPy .npy file (bad magic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="41"/>
        <source>unsupported .npy format version %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="46"/>
        <location filename="../core/io/npyfile.cpp" line="51"/>
        <location filename="../core/io/npyfile.cpp" line="58"/>
        <source>truncated header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="55"/>
        <source>header of %1 bytes is implausibly large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="68"/>
        <source>malformed header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="75"/>
        <source>unsupported dtype &apos;%1&apos; (Tare reads little-endian float32 &apos;&lt;f4&apos; or float16 &apos;&lt;f2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="77"/>
        <source>Fortran-ordered arrays are not supported; save with C order (numpy.ascontiguousarray)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="83"/>
        <source>expected a 2-D array (rows, dimension), found shape (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="88"/>
        <source>unsupported shape (%1): the dimension must be 1..65536</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="94"/>
        <source>the file has %1 bytes of data but its header promises %2 rows of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="106"/>
        <source>%1: read error at row %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::NpyWriter</name>
    <message>
        <location filename="../core/io/npyfile.cpp" line="152"/>
        <source>%1: wrote %2 rows of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::OpenAiEmbedder</name>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="16"/>
        <source>the embeddings client needs an endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="18"/>
        <source>the embeddings client needs a model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="69"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="88"/>
        <source>embedding texts %1–%2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="95"/>
        <source>embedding texts %1–%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="101"/>
        <source>the model returned %1-dimensional vectors, the space has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="109"/>
        <source>embedding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::OpenAiWire</name>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="30"/>
        <source>the response is not valid JSON (%1 at byte %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="45"/>
        <source>the server returned an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="111"/>
        <source>the chat completion is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="116"/>
        <source>the chat completion has no &apos;choices&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="120"/>
        <source>the chat completion has no &apos;choices[0].message&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="139"/>
        <source>logprobs.content[%1].top_logprobs has an entry without token or logprob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="187"/>
        <source>the logprob %1 of the token &apos;%2&apos; is not a log-probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="206"/>
        <source>&apos;yes&apos; and &apos;no&apos; have a probability of %1 among the top tokens, not above 1e-4 (reply: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="224"/>
        <source>the reply has no logprobs and no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="225"/>
        <source>the reply has no logprobs and does not start with yes or no: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="289"/>
        <source>the completion is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="293"/>
        <source>the completion has no &apos;choices&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="308"/>
        <source>the reply has no logprobs: the true/false judge needs the first token&apos;s alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="321"/>
        <source>neither &apos;true&apos; nor &apos;false&apos; is among the first token&apos;s alternatives (reply: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="332"/>
        <source>only one of &apos;true&apos; and &apos;false&apos; is among the top alternatives; the other counts as 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="358"/>
        <source>the embeddings response is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="362"/>
        <source>the embeddings response has no &apos;data&apos; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="365"/>
        <source>the server returned %1 embeddings for %2 inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="375"/>
        <source>data[%1].index is %2: out of range or repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="383"/>
        <source>data[%1].embedding holds a value that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="387"/>
        <source>data[%1].embedding[%2] is %3, outside the range of float32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="397"/>
        <source>data[%1].embedding is base64 of %2 bytes, not whole floats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="403"/>
        <source>data[%1].embedding[%2] is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="406"/>
        <source>data[%1] has no &apos;embedding&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="409"/>
        <source>data[%1].embedding is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="413"/>
        <source>data[%1].embedding has %2 dimensions, the others %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="450"/>
        <source>the rerank response is neither a list nor an object with &apos;results&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="459"/>
        <source>result %1 has index %2: out of range or repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="464"/>
        <source>result %1 has no &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="469"/>
        <source>the reranker returned no score for document %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::PaperDatasetConverter</name>
    <message>
        <location filename="../core/io/paperdatasetconverter.cpp" line="39"/>
        <source>field &quot;%1&quot; missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetconverter.cpp" line="104"/>
        <source>expected an object of arXiv id: title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetconverter.cpp" line="119"/>
        <source>%1 holds cs_paper_2nd.zip but no paper files: unzip it there first (unzip -d %1 %1/cs_paper_2nd.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetconverter.cpp" line="122"/>
        <source>%1: no paper files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetconverter.cpp" line="150"/>
        <source>field &quot;answer_arxiv_id&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/io/paperdatasetconverter.cpp" line="189"/>
        <source>%n paper(s) whose title id2paper.json does not list left out</source>
        <translation>
            <numerusform>%n paper whose title id2paper.json does not list left out</numerusform>
            <numerusform>%n papers whose title id2paper.json does not list left out</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetconverter.cpp" line="200"/>
        <source>unknown dataset &apos;%1&apos; (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetconverter.cpp" line="203"/>
        <source>%1: no input given (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetconverter.cpp" line="222"/>
        <source>%1: the input holds no documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::PaperDatasetFiles</name>
    <message>
        <location filename="../core/io/paperdatasetfiles.cpp" line="20"/>
        <source>conversion cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetfiles.cpp" line="26"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetfiles.cpp" line="32"/>
        <source>%1: not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetfiles.cpp" line="53"/>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetfiles.cpp" line="57"/>
        <source>invalid UTF-8 at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetfiles.cpp" line="62"/>
        <source>malformed JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::PaperDatasetReader</name>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="107"/>
        <source>expected query-id, corpus-id and score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="111"/>
        <source>the score is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="123"/>
        <source>field &quot;score&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="155"/>
        <source>argument id &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="164"/>
        <source>key point id &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="175"/>
        <source>no argument &apos;%1&apos; in the arguments file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="178"/>
        <source>no key point &apos;%1&apos; in the key points file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/io/paperdatasetreader.cpp" line="190"/>
        <source>%n repeated label row(s) left out (the first label of a pair counts)</source>
        <translation>
            <numerusform>%n repeated label row left out (the first label of a pair counts)</numerusform>
            <numerusform>%n repeated label rows left out (the first label of a pair counts)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="199"/>
        <source>banking77 needs its train.csv and test.csv (or JSON lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="208"/>
        <source>empty intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="256"/>
        <source>no section &quot;%1&quot; (a list of [text, intent] pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="265"/>
        <source>entry %1 of &quot;%2&quot; is not a [text, intent] pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="273"/>
        <source>intent &apos;%1&apos; has no description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="285"/>
        <source>no intent description table: the queries are the intent names, not the paper&apos;s descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="301"/>
        <location filename="../core/io/paperdatasetreader.cpp" line="419"/>
        <source>duplicate document id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/io/paperdatasetreader.cpp" line="342"/>
        <source>%n query(ies) without qrels rows left out</source>
        <translation>
            <numerusform>%n query without qrels rows left out</numerusform>
            <numerusform>%n queries without qrels rows left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/io/paperdatasetreader.cpp" line="344"/>
        <source>%n qrels row(s) naming no query or document left out</source>
        <translation>
            <numerusform>%n qrels row naming no query or document left out</numerusform>
            <numerusform>%n qrels rows naming no query or document left out</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="353"/>
        <source>followir needs one folder per task (MTEB layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="365"/>
        <source>%1: none of %2 (the MTEB layout as JSON lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="374"/>
        <source>duplicate query id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="386"/>
        <source>instruction for unknown query &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="401"/>
        <source>%1: no qrels (qrels/test.jsonl, qrels.jsonl, default/test.jsonl or qrels/test.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/io/paperdatasetreader.cpp" line="446"/>
        <source>%1: %n document(s) no query judged left out</source>
        <translation>
            <numerusform>%1: %n document no query judged left out</numerusform>
            <numerusform>%1: %n documents no query judged left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/io/paperdatasetreader.cpp" line="449"/>
        <source>%1: %n qrels row(s) naming no query or document left out</source>
        <translation>
            <numerusform>%1: %n qrels row naming no query or document left out</numerusform>
            <numerusform>%1: %n qrels rows naming no query or document left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tare::PaperDatasets</name>
    <message>
        <location filename="../core/io/paperdatasets.cpp" line="29"/>
        <source>the kpm_data folder: arguments_, key_points_ and labels_&lt;split&gt;.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasets.cpp" line="33"/>
        <source>train.csv and test.csv (text,category), or JSON lines with text and label_text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasets.cpp" line="36"/>
        <source>data_full.json and an intent description table (intent_name,intent_description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasets.cpp" line="39"/>
        <source>a BEIR folder: corpus.jsonl, queries.jsonl, qrels/test.tsv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasets.cpp" line="42"/>
        <source>one folder per task in the MTEB layout as JSON lines: corpus, queries, instruction, qrels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasets.cpp" line="48"/>
        <source>the pasa-dataset folder: RealScholarQuery/test.jsonl, paper_database/id2paper.json and the papers of cs_paper_2nd.zip (unzipped)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ProjectActions</name>
    <message>
        <location filename="../app/projectactions.cpp" line="53"/>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="55"/>
        <source>Dataset &amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="57"/>
        <source>The selected dataset&apos;s task: instruction, task type and how documents are joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="59"/>
        <source>New Embedding &amp;Space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="61"/>
        <source>Embed a dataset: built-in LSA, an embedding endpoint, HyDE or imported vectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="63"/>
        <source>&amp;Rename Embedding Space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="64"/>
        <source>Renames the space selected on the Project page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="66"/>
        <source>&amp;Delete Embedding Space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="68"/>
        <source>Deletes the space selected on the Project page, with the runs made in it, after asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="86"/>
        <source>New Embedding Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="86"/>
        <source>Import a dataset first (File ▸ Import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="125"/>
        <location filename="../app/projectactions.cpp" line="137"/>
        <source>Dataset Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="126"/>
        <source>A run or an experiment is going on: change the task when it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="140"/>
        <source>Stored the task of the dataset “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="151"/>
        <location filename="../app/projectactions.cpp" line="161"/>
        <source>Rename Embedding Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="151"/>
        <source>New name of the space “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="164"/>
        <source>Renamed the space “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="173"/>
        <location filename="../app/projectactions.cpp" line="192"/>
        <location filename="../app/projectactions.cpp" line="208"/>
        <location filename="../app/projectactions.cpp" line="226"/>
        <source>Delete Embedding Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="174"/>
        <source>A run or an experiment is going on: wait for it to end (or stop it) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="184"/>
        <source>the embedding space is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="202"/>
        <source>Its vectors go with it: documents %1, queries %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/projectactions.cpp" line="204"/>
        <source>%n run(s) made in this space go with it, with their results and curves.</source>
        <translation>
            <numerusform>%n run made in this space go with it, with their results and curves.</numerusform>
            <numerusform>%n runs made in this space go with it, with their results and curves.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/projectactions.cpp" line="206"/>
        <source>%n experiment(s) over this space go with it.</source>
        <translation>
            <numerusform>%n experiment over this space go with it.</numerusform>
            <numerusform>%n experiments over this space go with it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="207"/>
        <source>The dataset, its other spaces and runs, the judgments and the embedding cache stay. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="209"/>
        <source>Delete the embedding space “%1” of the dataset “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="213"/>
        <source>&amp;Delete Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/projectactions.cpp" line="229"/>
        <source>Deleted the space “%1” and %n run(s) made in it.</source>
        <translation>
            <numerusform>Deleted the space “%1” and %n run made in it.</numerusform>
            <numerusform>Deleted the space “%1” and %n runs made in it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tare::ProjectExporter</name>
    <message>
        <location filename="../core/io/projectexporter.cpp" line="52"/>
        <source>no embedding space with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ProjectOverviewWidget</name>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="24"/>
        <source>&amp;Import Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="26"/>
        <source>Dataset &amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="27"/>
        <source>New Embedding &amp;Space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="28"/>
        <source>Re&amp;name Space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="29"/>
        <source>&amp;Delete Space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="30"/>
        <source>Rename Space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="31"/>
        <source>Delete Space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="36"/>
        <source>Datasets and embedding spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="48"/>
        <source>Bring a BEIR folder, a classification table, qrels or vectors into this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="50"/>
        <source>Import Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="53"/>
        <source>The selected dataset&apos;s task: instruction, task type and how documents are joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="55"/>
        <source>Embed the selected dataset: built-in LSA, an embedding endpoint, HyDE or imported vectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="58"/>
        <source>Deletes the selected space with its vectors and the runs made in it, after asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="164"/>
        <source>Dataset Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="166"/>
        <source>New Embedding Space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="181"/>
        <source>No project open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="184"/>
        <source>%1 — datasets: %2, embedding spaces: %3, runs: %4, judgments: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ProjectSchema</name>
    <message>
        <location filename="../core/db/projectschema.cpp" line="349"/>
        <source>%1: the vector of document %2 in embedding space %3 has %4 bytes, expected %5 (damaged project?); nothing was migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectschema.cpp" line="406"/>
        <source>%1: another Tare process is creating or upgrading this project right now; try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectschema.cpp" line="488"/>
        <source>a trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectschema.cpp" line="490"/>
        <source>a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectschema.cpp" line="491"/>
        <source>a virtual table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectschema.cpp" line="498"/>
        <source>; the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectschema.cpp" line="504"/>
        <source>%1: not a valid Tare project: the table &apos;%2&apos; is missing (damaged, or written by another program)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectschema.cpp" line="510"/>
        <source>%1: not a valid Tare project: the table &apos;%2&apos; has no column &apos;%3&apos; (damaged, or written by another program)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectschema.cpp" line="526"/>
        <source>%1: not opened: it holds %2 named &apos;%3&apos; that Tare did not create, which would run its own SQL while Tare reads or writes the project (planted or damaged); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ProjectStore</name>
    <message>
        <location filename="../core/db/projectstore.cpp" line="43"/>
        <source>%1: no such project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="45"/>
        <source>%1: is a folder, not a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="51"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="53"/>
        <source>%1: not a Tare project (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="73"/>
        <source>%1: not a Tare project (the file is empty); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="76"/>
        <source>%1: not a Tare project (an SQLite database of another program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="79"/>
        <source>%1: written by a newer Tare (project schema %2; this build reads up to %3); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="87"/>
        <source>%1: not a valid Tare project (schema version %2); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="103"/>
        <source>%1: cannot upgrade the project from schema %2 (damaged?): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/judgmentstore.cpp" line="78"/>
        <source>the judge &apos;%1&apos; is missing right after it was stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ProjectSummaryModel</name>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="89"/>
        <source>built-in LSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="91"/>
        <source>HyDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="91"/>
        <source>HyDE: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="93"/>
        <source>imported vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="94"/>
        <source>endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="94"/>
        <source>endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="125"/>
        <source>Query template: %1
Document template: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="82"/>
        <source>%1 · float16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="127"/>
        <source>Provider %1, model %2, document vectors stored as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="128"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="145"/>
        <source>query: %1 · document: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="154"/>
        <source>Instruction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="161"/>
        <source>dataset, judged pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="161"/>
        <source>dataset, whole-corpus pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="175"/>
        <source>instruction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="185"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="185"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="185"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="185"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="186"/>
        <source>Queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="186"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="186"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="186"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::PythonRandom</name>
    <message>
        <location filename="../core/refine/pythonrandom.cpp" line="100"/>
        <source>getrandbits: %1 bits requested, 0 to 64 supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/refine/pythonrandom.cpp" line="114"/>
        <source>randbelow: the bound must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/refine/pythonrandom.cpp" line="127"/>
        <source>sample: cannot take %1 values from a population of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::QrelsImporter</name>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="66"/>
        <source>no dataset named &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="94"/>
        <source>import cancelled; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="100"/>
        <source>invalid UTF-8 at byte %1 of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="108"/>
        <source>expected 4 fields (query, iteration, document, grade), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="110"/>
        <source>expected 3 tab-separated fields (query-id, corpus-id, score), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="117"/>
        <source>the grade &apos;%1&apos; is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="122"/>
        <source>unknown query id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="129"/>
        <source>unknown document id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="132"/>
        <source>duplicate label for query &apos;%1&apos; and document &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="144"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::QueryExplainer</name>
    <message>
        <location filename="../core/explain/queryexplainer.cpp" line="20"/>
        <source>no run with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::QueryInspection</name>
    <message>
        <location filename="../core/inspect/queryinspection.cpp" line="112"/>
        <source>no run with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inspect/queryinspection.cpp" line="126"/>
        <source>run %1 has no result for query %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inspect/queryinspection.cpp" line="145"/>
        <source>query %1 has no vector in this space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inspect/queryinspection.cpp" line="148"/>
        <source>the refined vector of query %1 has the wrong dimension</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::QueryInspectorWidget</name>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="69"/>
        <source>Scores before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="70"/>
        <source>Scores after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="71"/>
        <source>ROC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="72"/>
        <location filename="../widgets/queryinspectorwidget.cpp" line="257"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="79"/>
        <source>d′: distance of the class means in pooled standard deviations. KS: largest gap between the two classes&apos; score distributions. Best F1: F1 at the best score threshold. AUC: probability that a relevant document outscores an irrelevant one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="87"/>
        <source>Documents that rose or fell most with the refined query. Double-click a row to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="86"/>
        <location filename="../widgets/queryinspectorwidget.cpp" line="109"/>
        <source>Rank movers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="121"/>
        <source>Select a query in the run dashboard&apos;s table to inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="135"/>
        <source>Loading query %1 of run %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="141"/>
        <source>Cannot inspect this query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="151"/>
        <source>Cosine score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="162"/>
        <source>Irrelevant (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="162"/>
        <source>Relevant (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="193"/>
        <source>Query %1: %2
Run %3 · AP %4 → %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="198"/>
        <source>This query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="205"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;before&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;after&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;d′&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;KS&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;best F1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AUC&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="219"/>
        <source>False-positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="152"/>
        <source>% of class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="220"/>
        <source>Recall (TPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="239"/>
        <source>Before (AUC %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="240"/>
        <source>After (AUC %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="256"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="258"/>
        <source>Refinement loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="286"/>
        <source>not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="288"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="289"/>
        <source>%1

%2

Gold grade %3 · judge score %4 · rank %5 → %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::QueryListModel</name>
    <message>
        <location filename="../core/models/querylistmodel.cpp" line="42"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::QueryNavigator</name>
    <message>
        <location filename="../widgets/querynavigator.cpp" line="14"/>
        <source>&amp;Previous Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/querynavigator.cpp" line="15"/>
        <source>&amp;Next Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/querynavigator.cpp" line="19"/>
        <source>Show the previous query of the list on every per-query page (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/querynavigator.cpp" line="20"/>
        <source>Show the next query of the list on every per-query page (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::QueryPickerWidget</name>
    <message>
        <location filename="../widgets/querypickerwidget.cpp" line="29"/>
        <source>The query shown on every per-query page; type to search its id or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/querypickerwidget.cpp" line="30"/>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/querypickerwidget.cpp" line="32"/>
        <source>Search a query…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/querypickerwidget.cpp" line="38"/>
        <source>Query position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/querypickerwidget.cpp" line="40"/>
        <source>&amp;Query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/querypickerwidget.cpp" line="85"/>
        <source>no run shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/querypickerwidget.cpp" line="87"/>
        <source>%n query(s)</source>
        <translation>
            <numerusform>%n query</numerusform>
            <numerusform>%n queries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/querypickerwidget.cpp" line="89"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::QueryReplay</name>
    <message>
        <location filename="../core/run/queryreplay.cpp" line="21"/>
        <source>no run with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/queryreplay.cpp" line="44"/>
        <source>run %1 has no result for query %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/queryreplay.cpp" line="47"/>
        <source>query %1 failed in run %2 (%3): nothing to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/queryreplay.cpp" line="64"/>
        <source>query %1 has no vector in the run&apos;s embedding space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/queryreplay.cpp" line="79"/>
        <source>run %1, query %2: judged document &apos;%3&apos; is not among the query&apos;s candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/queryreplay.cpp" line="114"/>
        <source>%1 scores given for %2 judged documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/queryreplay.cpp" line="128"/>
        <location filename="../core/run/queryreplay.cpp" line="146"/>
        <source>no judged document is left to refine with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::QueryResultsModel</name>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="77"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="77"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="52"/>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="54"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="55"/>
        <source>AP before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="58"/>
        <source>AP after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="61"/>
        <source>ΔAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="64"/>
        <source>AUC before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="68"/>
        <source>AUC after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="72"/>
        <source>Judge agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="76"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="56"/>
        <location filename="../core/models/queryresultsmodel.cpp" line="59"/>
        <source>Average precision: the mean of the precision at the rank of each relevant document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="62"/>
        <source>AP after refinement minus AP before; positive means the refined query ranks better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="65"/>
        <location filename="../core/models/queryresultsmodel.cpp" line="69"/>
        <source>ROC AUC: the probability that a random relevant document outscores a random irrelevant one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="73"/>
        <source>Share of the judged documents where the judge (score ≥ 0.5) agrees with the gold label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RandomizedSvd</name>
    <message>
        <location filename="../core/embed/randomizedsvd.cpp" line="86"/>
        <source>The SVD was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/randomizedsvd.cpp" line="96"/>
        <source>randomized SVD: rank %1, oversampling %2 and power iterations %3 must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/randomizedsvd.cpp" line="122"/>
        <source>randomized SVD: the matrix holds a non-finite value at (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/randomizedsvd.cpp" line="147"/>
        <source>randomized SVD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/randomizedsvd.cpp" line="188"/>
        <source>randomized SVD: the eigensolver did not converge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RankMoversModel</name>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="12"/>
        <source>▲ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="12"/>
        <source>▼ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="20"/>
        <source>not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="21"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="39"/>
        <source>Double-click to read the whole text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="11"/>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="14"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="15"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="16"/>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="17"/>
        <source>Judge score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="24"/>
        <source>Rank before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="25"/>
        <source>Rank after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="11"/>
        <source>How many places the document rose (▲) or fell (▼) with the refined query.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ReRefineChange</name>
    <message>
        <location filename="../core/feedback/rerefinechange.cpp" line="88"/>
        <source>cancelled; the queries re-refined before were stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::Refiner</name>
    <message>
        <location filename="../core/refine/refiner.cpp" line="25"/>
        <source>Refinement needs one judge score per judged document (%1 documents, %2 scores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/refine/refiner.cpp" line="30"/>
        <source>The judged documents have dimension %1 but the query has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/refine/refiner.cpp" line="34"/>
        <source>Cannot refine an empty query vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/refine/refiner.cpp" line="36"/>
        <source>Cannot refine a query without judged documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/refine/refiner.cpp" line="38"/>
        <source>The query vector contains NaN or infinite values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/refine/refiner.cpp" line="40"/>
        <source>A judged document vector contains NaN or infinite values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/refine/refiner.cpp" line="42"/>
        <source>A judge score is NaN or infinite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/refine/refiner.cpp" line="48"/>
        <source>Refinement cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RefinerCatalogue</name>
    <message>
        <location filename="../core/refine/refinercatalogue.cpp" line="15"/>
        <source>KL-Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/refine/refinercatalogue.cpp" line="16"/>
        <source>ReFIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/refine/refinercatalogue.cpp" line="17"/>
        <source>Rocchio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/refine/refinercatalogue.cpp" line="18"/>
        <source>None (baseline)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RefinerFactory</name>
    <message>
        <location filename="../core/refine/refinercatalogue.cpp" line="70"/>
        <source>Unknown refiner &quot;%1&quot;; known refiners: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RemoteSpaceBuilder</name>
    <message>
        <location filename="../core/embed/remotespacebuilder.cpp" line="69"/>
        <source>the cache holds %1-dimensional vectors of &apos;%2&apos; where %3 are expected; clear it with &apos;tare-cli cache clear&apos; and embed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/remotespacebuilder.cpp" line="83"/>
        <location filename="../core/embed/remotespacebuilder.cpp" line="110"/>
        <source>embedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/remotespacebuilder.cpp" line="86"/>
        <source>embedding cancelled; the vectors fetched so far are cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/remotespacebuilder.cpp" line="95"/>
        <source>the embedder returned %1-dimensional vectors where %2 were expected; nothing of this batch was cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/remotespacebuilder.cpp" line="146"/>
        <source>dataset &apos;%1&apos; has no documents or queries to embed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ReportCharts</name>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="21"/>
        <source>AP during refinement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="22"/>
        <location filename="../core/report/reportcharts.cpp" line="112"/>
        <source>refinement step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="23"/>
        <source>average precision (AP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="37"/>
        <source>each query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="40"/>
        <source>mean AP (MAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="57"/>
        <source>ΔAP per query, sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="58"/>
        <source>query (sorted by ΔAP, largest gain first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="60"/>
        <source>ΔAP = AP after − AP before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="61"/>
        <source>gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="61"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="91"/>
        <source>cosine similarity to the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="92"/>
        <source>share of the group (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="98"/>
        <source>irrelevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="99"/>
        <source>relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="103"/>
        <source>%1: before (AP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="105"/>
        <source>%1: after (AP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="111"/>
        <source>Drift of the explained queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="113"/>
        <source>cos(q_t, q_0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RerankJudge</name>
    <message>
        <location filename="../core/judge/rerankjudge.cpp" line="20"/>
        <source>the reranker judge needs an endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/rerankjudge.cpp" line="22"/>
        <source>the reranker judge needs a model name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RerankOnly</name>
    <message>
        <location filename="../core/experiment/rerankonly.cpp" line="43"/>
        <source>no run with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RunClaim</name>
    <message>
        <location filename="../core/db/runclaim.cpp" line="40"/>
        <source>run %1 is being executed by another Tare process (process %2); wait for it to finish or stop it, then resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RunComparison</name>
    <message>
        <location filename="../core/inspect/runcomparison.cpp" line="24"/>
        <source>Run %1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inspect/runcomparison.cpp" line="31"/>
        <source>no run with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inspect/runcomparison.cpp" line="100"/>
        <source>%1, after refinement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inspect/runcomparison.cpp" line="101"/>
        <source>%1, before refinement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RunCoordinator</name>
    <message>
        <location filename="../app/runcoordinator.cpp" line="133"/>
        <source>Run %1 · starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="134"/>
        <source>Run %1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="176"/>
        <source>Run %1 finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="177"/>
        <source>Run %1 cancelled; its finished queries are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="179"/>
        <source>Run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="187"/>
        <source>Not Enough Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="188"/>
        <source>Not enough memory: %1.

Started anyway, the run may be stopped by the system half-way (its finished queries are kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="193"/>
        <source>Run Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="194"/>
        <source>Run anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="198"/>
        <source>Run not started: not enough memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="229"/>
        <source>Loading run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="241"/>
        <source>Cannot show run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="286"/>
        <source>Showing run %1, finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="287"/>
        <source>Showing run %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="292"/>
        <source>Showing run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="308"/>
        <source>No run shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="308"/>
        <source>Start a run (F5) on the Runs page, or open one from its run list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="320"/>
        <source>Cannot list the runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="361"/>
        <source>Run %1 renamed to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="362"/>
        <source>Cannot rename run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="370"/>
        <source>Run %1 is going: cancel it before deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="380"/>
        <source>Cannot delete run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="386"/>
        <source>Run %1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="401"/>
        <source>The form holds the settings of run %1; change them and press Start Run (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="407"/>
        <source>%1 · “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="415"/>
        <source>%1 · %2 · %3 · started %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RunDashboardWidget</name>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="87"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="88"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="133"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="136"/>
        <source>AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="143"/>
        <source>Mean AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="173"/>
        <source>Filter queries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="198"/>
        <location filename="../widgets/rundashboardwidget.cpp" line="322"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="175"/>
        <location filename="../widgets/rundashboardwidget.cpp" line="209"/>
        <source>Filter queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="105"/>
        <source>Shown run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="108"/>
        <source>Settings of the shown run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="110"/>
        <source>Pause the run going after the current step; press again to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="111"/>
        <source>Stop the run going; finished queries are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="132"/>
        <location filename="../widgets/rundashboardwidget.cpp" line="365"/>
        <source>AP by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="156"/>
        <source>AP by step chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="157"/>
        <source>Click a query&apos;s curve to open that query. Right-click to export the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="162"/>
        <location filename="../widgets/rundashboardwidget.cpp" line="213"/>
        <source>No run shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="163"/>
        <source>Run progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="178"/>
        <source>Queries of the shown run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="211"/>
        <source>Queries of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="213"/>
        <source>Start a run (F5), or open one from the run list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="250"/>
        <source>Run finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="250"/>
        <source>Run cancelled; finished queries are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="252"/>
        <source>Run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="302"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="309"/>
        <source>%v of %m queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="325"/>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="327"/>
        <source>estimating time left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="410"/>
        <source>Each query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="429"/>
        <source>Min–max over queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/rundashboardwidget.cpp" line="490"/>
        <source>Mean AP %1 → %2 over %n query(s)</source>
        <translation>
            <numerusform>Mean AP %1 → %2 over %n query</numerusform>
            <numerusform>Mean AP %1 → %2 over %n queries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tare::RunEngine</name>
    <message numerus="yes">
        <location filename="../core/run/runengine.cpp" line="178"/>
        <source>the judge scored none of the %n selected document(s)</source>
        <translation>
            <numerusform>the judge did not score the %n selected document</numerusform>
            <numerusform>the judge scored none of the %n selected documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/judgmentprefetch.cpp" line="31"/>
        <location filename="../core/run/queryrefinement.cpp" line="24"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="182"/>
        <source>%1; the first failure: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="188"/>
        <source>the refinement diverged: the query vector holds values that are not finite numbers (is the learning rate too large?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="367"/>
        <source>no dataset with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="370"/>
        <source>no embedding space with id %1 in dataset &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="380"/>
        <source>no query with id &apos;%1&apos; in dataset &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="404"/>
        <source>no run with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="559"/>
        <source>run %1 stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="573"/>
        <source>no query could be refined; the first failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="575"/>
        <source>run %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/judgingplan.cpp" line="64"/>
        <source>the query has no vector in this embedding space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/judgingplan.cpp" line="68"/>
        <source>the query vector is zero (no known term?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/judgingplan.cpp" line="74"/>
        <source>the query has no candidate documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/judgingplan.cpp" line="78"/>
        <source>no relevant document in the query&apos;s pool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RunExporter</name>
    <message>
        <location filename="../core/run/runexporter.cpp" line="68"/>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RunFitCheck</name>
    <message>
        <location filename="../core/run/runfitcheck.cpp" line="96"/>
        <source>no embedding space with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runfitcheck.cpp" line="124"/>
        <source>import the vectors as float16 (half the memory) or with fewer dimensions, run with fewer threads, or free memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runfitcheck.cpp" line="125"/>
        <source>import the vectors with fewer dimensions, run with fewer threads, or free memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runfitcheck.cpp" line="126"/>
        <source>the run needs about %1 of memory (the vectors %2, the run&apos;s working memory %3), %4 is available: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runfitcheck.cpp" line="129"/>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runfitcheck.cpp" line="145"/>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runfitcheck.cpp" line="147"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runfitcheck.cpp" line="148"/>
        <source>%1 kB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RunFormWidget</name>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="41"/>
        <source>&amp;Start Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="44"/>
        <source>The dataset whose queries are refined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="45"/>
        <source>The embedding space that ranks the corpus and holds the query vectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="48"/>
        <source>How the query vector is refined from the judgments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="51"/>
        <source>Adam steps per query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="56"/>
        <source>Adam learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="59"/>
        <source>Documents the judge scores per query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="62"/>
        <source>How many of the judged documents are the top of the initial ranking; the rest is a seeded random sample of the remaining candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="66"/>
        <source>Seed of the random part of the judged documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="68"/>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="69"/>
        <source>Evaluate AP every n steps (auto: every step for up to 40,000 candidates at 100 steps, coarser above, so a curve costs at most 4 million scores a query).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="70"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="71"/>
        <source>A name for the run in the run list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="75"/>
        <source>Run this form&apos;s refinement over every query of the dataset (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="83"/>
        <source>&amp;Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="83"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="84"/>
        <source>S&amp;pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="84"/>
        <source>Embedding space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="85"/>
        <source>Re&amp;finer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="85"/>
        <source>Refiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="86"/>
        <source>S&amp;teps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="86"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="87"/>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="87"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="88"/>
        <source>E&amp;valuate every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="88"/>
        <source>Evaluate every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="89"/>
        <source>&amp;Judged per query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="89"/>
        <source>Judged documents per query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="90"/>
        <source>From the t&amp;op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="90"/>
        <source>Judged from the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="91"/>
        <source>Sample see&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="91"/>
        <source>Sample seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="92"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="92"/>
        <source>Run name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="110"/>
        <source>J&amp;udge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="133"/>
        <source>Start run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/runformwidget.cpp" line="179"/>
        <source>%1 (%n query(s))</source>
        <translation>
            <numerusform>%1 (%n query)</numerusform>
            <numerusform>%1 (%n queries)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="200"/>
        <source>%1 (%2 dimensions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="290"/>
        <source>No embedding space to run on: import data and create a space first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="292"/>
        <source>A run is going; start the next one when it ends (or cancel it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/runformwidget.cpp" line="294"/>
        <source>Start Run refines all %n query(s) of %1 with %2, judged by %3.</source>
        <translation>
            <numerusform>Start Run refines all %n query of %1 with %2, judged by %3.</numerusform>
            <numerusform>Start Run refines all %n queries of %1 with %2, judged by %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tare::RunGainWidget</name>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="92"/>
        <source>Mean ΔAP by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="93"/>
        <source>ΔAP per query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="101"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="104"/>
        <source>Run summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="105"/>
        <source>Over the queries finished so far. Δ = AP after − AP before. Wins: refinement raised the query&apos;s AP; ties: unchanged. t-test and randomization test: two-sided p of no mean change. CI: 95% bootstrap interval of the mean Δ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="108"/>
        <source>Band: interquartile range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="109"/>
        <source>Band: 95% CI of the mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="110"/>
        <source>The shaded band around the mean ΔAP: where the middle half of the queries lie, or the 95% confidence interval of the mean (Student&apos;s t).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="112"/>
        <source>Band of the mean ΔAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="121"/>
        <source>Mean ΔAP by step chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="122"/>
        <source>ΔAP per query chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="123"/>
        <source>Click a bar to open its query. Right-click to export the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="128"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="129"/>
        <source>ΔAP (AP − AP at step 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/rungainwidget.cpp" line="151"/>
        <source>Step %1: mean ΔAP %2 over %n query(s); quartiles %3 … %4</source>
        <translation>
            <numerusform>Step %1: mean ΔAP %2 over %n query; quartiles %3 … %4</numerusform>
            <numerusform>Step %1: mean ΔAP %2 over %n queries; quartiles %3 … %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="160"/>
        <source>ΔAP (after − before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="161"/>
        <source>Queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/rungainwidget.cpp" line="178"/>
        <source>ΔAP %1 … %2: %n query(s)</source>
        <translation>
            <numerusform>ΔAP %1 … %2: %n query</numerusform>
            <numerusform>ΔAP %1 … %2: %n queries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="258"/>
        <source>No results yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="260"/>
        <source>MAP before → after, wins and significance appear as queries finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="267"/>
        <source>Too few queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="269"/>
        <source>Helping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="272"/>
        <source>Hurting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="275"/>
        <source>Not clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="279"/>
        <source>Helping: the 95% CI of the mean ΔAP lies above zero; hurting: below zero; not clear: it contains zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/rungainwidget.cpp" line="282"/>
        <source>&lt;b&gt;MAP %1 → %2&lt;/b&gt; &amp;nbsp; Δ %3 (%4 %) &amp;nbsp; · &amp;nbsp; wins / ties / losses %5 / %6 / %7 &amp;nbsp; · &amp;nbsp; p (t-test) %8, p (randomization) %9 &amp;nbsp; · &amp;nbsp; 95% CI of Δ [%10, %11] &amp;nbsp; · &amp;nbsp; %n query(s)</source>
        <translation>
            <numerusform>&lt;b&gt;MAP %1 → %2&lt;/b&gt; &amp;nbsp; Δ %3 (%4 %) &amp;nbsp; · &amp;nbsp; wins / ties / losses %5 / %6 / %7 &amp;nbsp; · &amp;nbsp; p (t-test) %8, p (randomization) %9 &amp;nbsp; · &amp;nbsp; 95% CI of Δ [%10, %11] &amp;nbsp; · &amp;nbsp; %n query</numerusform>
            <numerusform>&lt;b&gt;MAP %1 → %2&lt;/b&gt; &amp;nbsp; Δ %3 (%4 %) &amp;nbsp; · &amp;nbsp; wins / ties / losses %5 / %6 / %7 &amp;nbsp; · &amp;nbsp; p (t-test) %8, p (randomization) %9 &amp;nbsp; · &amp;nbsp; 95% CI of Δ [%10, %11] &amp;nbsp; · &amp;nbsp; %n queries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="313"/>
        <source>Mean ΔAP by step, 95% CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="313"/>
        <source>Mean ΔAP by step, interquartile range</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/rungainwidget.cpp" line="353"/>
        <source>ΔAP per query (%n query(s))</source>
        <translation>
            <numerusform>ΔAP per query (%n query)</numerusform>
            <numerusform>ΔAP per query (%n queries)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="391"/>
        <source>Queries of the bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="404"/>
        <source>%1 · ΔAP %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/rungainwidget.cpp" line="408"/>
        <source>… and %n more (sort the table by ΔAP)</source>
        <translation>
            <numerusform>… and %n more (sort the table by ΔAP)</numerusform>
            <numerusform>… and %n more (sort the table by ΔAP)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tare::RunListModel</name>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="41"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="42"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="43"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="44"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="45"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="46"/>
        <source>Judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="47"/>
        <source>Refiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="48"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="49"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="51"/>
        <source>MAP before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="53"/>
        <source>MAP after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="55"/>
        <source>ΔMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="55"/>
        <source>MAP after minus MAP before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="61"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="87"/>
        <source>Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="89"/>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="95"/>
        <source>Experiments %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="97"/>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="97"/>
        <source>Experiment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="99"/>
        <source>Human feedback on run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="99"/>
        <source>Human feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/runlistmodel.cpp" line="110"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="111"/>
        <source>lr %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/runlistmodel.cpp" line="114"/>
        <source>%n judged from the top</source>
        <translation>
            <numerusform>%n judged from the top</numerusform>
            <numerusform>%n judged from the top</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/runlistmodel.cpp" line="116"/>
        <source>%n judged (%1 from the top, seed %2)</source>
        <translation>
            <numerusform>%n judged (%1 from the top, seed %2)</numerusform>
            <numerusform>%n judged (%1 from the top, seed %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/runlistmodel.cpp" line="120"/>
        <source>AP every %n step(s)</source>
        <translation>
            <numerusform>AP every %n step</numerusform>
            <numerusform>AP every %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/runlistmodel.cpp" line="122"/>
        <source>%n chosen query(s)</source>
        <translation>
            <numerusform>%n chosen query</numerusform>
            <numerusform>%n chosen queries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="134"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="134"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="135"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="135"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="136"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="136"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/runlistmodel.cpp" line="146"/>
        <source>%1: %2 of %n query(s)</source>
        <translation>
            <numerusform>%1: %2 of %n query</numerusform>
            <numerusform>%1: %2 of %n queries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/runlistmodel.cpp" line="148"/>
        <source>%1 (%n failed)</source>
        <translation>
            <numerusform>%1 (%n failed)</numerusform>
            <numerusform>%1 (%n failed)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="154"/>
        <source>Run %1 · %2 · %3 · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="168"/>
        <location filename="../core/models/runlistmodel.cpp" line="171"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RunListWidget</name>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="33"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="34"/>
        <source>&amp;Use Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="35"/>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="36"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="42"/>
        <source>Filter runs (name, dataset, judge, refiner, status…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="44"/>
        <source>Filter runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="49"/>
        <source>Run list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="60"/>
        <source>Enter or double-click opens the run in the dashboard and the per-query pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="63"/>
        <source>Show the run in the dashboard and every per-query page (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="64"/>
        <source>Copy the run&apos;s dataset, space, judge, refiner and parameters into the form for the next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="67"/>
        <source>Give the run another name (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="70"/>
        <source>Delete the run and its results, after asking (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/runlistwidget.cpp" line="144"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="153"/>
        <source>Rename Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="154"/>
        <source>Name of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="156"/>
        <source>Rename run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="170"/>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/runlistwidget.cpp" line="171"/>
        <source>Its results for %n query(s), their curves and refined vectors are removed.</source>
        <translation>
            <numerusform>Its results for %n query, their curves and refined vectors are removed.</numerusform>
            <numerusform>Its results for %n queries, their curves and refined vectors are removed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="174"/>
        <source>It is a cell of experiment %1: the experiment keeps its stored result, and running it again runs this cell again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/runlistwidget.cpp" line="178"/>
        <source>%n run(s) derived from it (human feedback) stay, without their link to it.</source>
        <translation>
            <numerusform>%n run derived from it (human feedback) stay, without their link to it.</numerusform>
            <numerusform>%n runs derived from it (human feedback) stay, without their link to it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="180"/>
        <source>Judgments, spaces, datasets and other runs are not touched, so a new run with the same settings costs no judge calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="190"/>
        <source>Delete Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="191"/>
        <source>Delete Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="193"/>
        <source>Delete run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RunRawExporter</name>
    <message>
        <location filename="../core/run/runrawexporter.cpp" line="38"/>
        <source>no run with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runrawexporter.cpp" line="53"/>
        <source>%1: the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RunReport</name>
    <message>
        <location filename="../core/report/runreport.cpp" line="29"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="47"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="48"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="49"/>
        <source>Embedding space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="50"/>
        <source>Judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="51"/>
        <source>Refiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="62"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="69"/>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="72"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="73"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="75"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="83"/>
        <source>Queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="83"/>
        <source>%1 finished, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="84"/>
        <source>MAP before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="85"/>
        <source>MAP after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="86"/>
        <source>ΔMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="86"/>
        <source>%1 (%2 relative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="87"/>
        <source>95 % bootstrap CI of ΔMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="88"/>
        <source>Paired t-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="88"/>
        <source>t = %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="89"/>
        <source>Paired randomization test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="90"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="90"/>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="90"/>
        <source>sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="91"/>
        <source>Wins / ties / losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="114"/>
        <source>AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="114"/>
        <source>nDCG@10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="114"/>
        <source>P@10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="115"/>
        <source>Recall@100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="115"/>
        <source>Reciprocal rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="115"/>
        <source>ROC AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="116"/>
        <source>d′ (separation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="116"/>
        <source>Kolmogorov–Smirnov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="117"/>
        <source>Best-threshold F1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RunStore</name>
    <message>
        <location filename="../core/db/runstore.cpp" line="364"/>
        <source>no run with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RunSummary</name>
    <message>
        <location filename="../core/run/runsummary.cpp" line="32"/>
        <source>no run with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RunsPage</name>
    <message>
        <location filename="../widgets/runspage.cpp" line="18"/>
        <location filename="../widgets/runspage.cpp" line="19"/>
        <source>New run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runspage.cpp" line="22"/>
        <location filename="../widgets/runspage.cpp" line="23"/>
        <source>Runs of this project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::SettingsDialog</name>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="37"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="39"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="43"/>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="63"/>
        <source>Store Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="65"/>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="70"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="80"/>
        <source>Environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="82"/>
        <source>System keychain entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="88"/>
        <source>Capabilities of the endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="92"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="96"/>
        <source>Fills in the address where a known serving stack listens by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="98"/>
        <source>The base URL as the service documents it (with /v1 for OpenAI-compatible servers); Tare appends /chat/completions, /embeddings and /rerank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="100"/>
        <source>The model that judges documents (chat completions or reranking).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="101"/>
        <source>The model that embeds queries and documents for remote embedding spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="104"/>
        <source>How many requests Tare keeps in flight at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="107"/>
        <location filename="../widgets/settingsdialog.cpp" line="110"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="111"/>
        <source>The longest a single request may take, retries not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="112"/>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="114"/>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="115"/>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="116"/>
        <source>&amp;Judge model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="117"/>
        <source>&amp;Embedding model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="118"/>
        <source>&amp;Concurrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="119"/>
        <source>Co&amp;nnect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="120"/>
        <source>&amp;Request timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="123"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="125"/>
        <source>&amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="126"/>
        <source>Environment &amp;variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="127"/>
        <source>System &amp;keychain entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="132"/>
        <source>The name of the environment variable that holds the key, not the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="134"/>
        <source>The name of the entry in the system keychain (Secret Service) that holds the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="135"/>
        <source>Stores a key in the system keychain under this name; Tare never shows it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="159"/>
        <source>Sends a few small requests to find out what the endpoint can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="161"/>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="161"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="161"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="170"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="180"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="184"/>
        <source>Takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="185"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="187"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="188"/>
        <source>Colours follow the system&apos;s theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="298"/>
        <source>Requests are sent without a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="298"/>
        <source>Name where the key comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="307"/>
        <source>Key in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="308"/>
        <source>The variable is set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="323"/>
        <source>Store API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="323"/>
        <source>API key to store as keychain entry &apos;%1&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="327"/>
        <source>Storing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="350"/>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="373"/>
        <source>Chat completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="373"/>
        <source>POST /chat/completions answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="374"/>
        <source>Log probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="374"/>
        <source>Replies carry the top tokens&apos; log probabilities (needed by the yes/no judge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="375"/>
        <source>max_completion_tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="375"/>
        <source>The server rejects max_tokens and wants max_completion_tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="376"/>
        <source>Embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="376"/>
        <source>POST /embeddings answers with vectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="377"/>
        <source>Rerank (TEI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="377"/>
        <source>POST /rerank with {query, texts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="378"/>
        <source>Rerank (Cohere, Jina, vLLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="378"/>
        <source>POST /rerank with {model, query, documents}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="380"/>
        <source>No judge can use this endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="381"/>
        <source>Judges this endpoint enables: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="383"/>
        <source>Embeddings of dimension %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ShellActions</name>
    <message>
        <location filename="../app/shellactions.cpp" line="41"/>
        <source>Show Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="41"/>
        <source>Show the %1 Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="64"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="67"/>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="68"/>
        <source>Create an empty project file, then import data into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="69"/>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="70"/>
        <source>Open an existing Tare project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="72"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="77"/>
        <source>Open &amp;Sample Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="78"/>
        <source>The bundled sample datasets with the built-in embedder (created on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="81"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="91"/>
        <source>&amp;BEIR Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="91"/>
        <source>corpus.jsonl, queries.jsonl and qrels/&lt;split&gt;.tsv (the MTEB retrieval layout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="93"/>
        <source>&amp;Classification Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="93"/>
        <source>CSV, TSV or JSON lines with a text and a label column: one query per label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="95"/>
        <source>TREC &amp;Qrels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="95"/>
        <source>Relevance labels for an existing dataset (qid 0 docid grade).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="96"/>
        <source>&amp;Vectors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="96"/>
        <source>Precomputed embeddings (.npy with an id list, or JSON lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="106"/>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="107"/>
        <source>Write the selected run (or the experiment shown) as an HTML, Markdown or CSV report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="109"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="111"/>
        <source>Endpoints, models, API key source and language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="113"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="119"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="121"/>
        <source>&amp;Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="122"/>
        <source>The first page: try the sample, import your data, connect a model, recent projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="123"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="126"/>
        <source>Every keyboard shortcut of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="128"/>
        <source>&amp;About Tare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="128"/>
        <source>About Tare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="129"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="135"/>
        <source>&lt;h3&gt;Tare %1&lt;/h3&gt;&lt;p&gt;A workbench for LLM-guided, test-time refinement of query embeddings.&lt;/p&gt;&lt;p&gt;It implements the method of &lt;i&gt;Task-Adaptive Embedding Refinement via Test-time LLM Guidance&lt;/i&gt; (Gera et al., 2026).&lt;/p&gt;&lt;p&gt;Tare is free software under the MIT licence. It uses:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 — GNU LGPL v3&lt;/li&gt;&lt;li&gt;Eigen — Mozilla Public License 2.0&lt;/li&gt;&lt;li&gt;SQLite — public domain&lt;/li&gt;&lt;li&gt;libcurl — curl licence (MIT/X style)&lt;/li&gt;&lt;li&gt;QtKeychain — BSD 3-clause licence&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="152"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="152"/>
        <source>Tare projects (*.tare);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="159"/>
        <location filename="../app/shellactions.cpp" line="165"/>
        <location filename="../app/shellactions.cpp" line="183"/>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="159"/>
        <source>Tare projects (*.tare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="165"/>
        <source>%1 is the open project; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="176"/>
        <source>%1: cannot replace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="189"/>
        <source>Created %1; import data with File ▸ Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="235"/>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="239"/>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="251"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="251"/>
        <source>Open or create a project first (File ▸ New Project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="280"/>
        <source>The language changes fully at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="282"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ShortcutsDialog</name>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="42"/>
        <source>%1 ▸ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="81"/>
        <location filename="../widgets/shortcutsdialog.cpp" line="91"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="109"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="112"/>
        <source>Filter by action, key or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="114"/>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="117"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="119"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="119"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="119"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::SpaceBuilder</name>
    <message>
        <location filename="../core/embed/spacebuilder.cpp" line="30"/>
        <source>Texts from the cache: %1; sent to the endpoint: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/spacebuilder.cpp" line="39"/>
        <source>The query vectors embed a hypothetical document per query; the document vectors are the source&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/spacebuilder.cpp" line="45"/>
        <source>the new embedding space %1 was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/spacebuilder.cpp" line="50"/>
        <source>Built space &apos;%1&apos; (dimension %2): document vectors %3, query vectors %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::SpaceStore</name>
    <message>
        <location filename="../core/db/spacestore.cpp" line="79"/>
        <source>embedding dimension %1 is out of range (1..65536)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="81"/>
        <source>an embedding space named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="96"/>
        <source>no dataset with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="98"/>
        <source>dataset &apos;%1&apos; already has a space named &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="153"/>
        <location filename="../core/db/spacestore.cpp" line="164"/>
        <location filename="../core/db/spacestore.cpp" line="179"/>
        <location filename="../core/db/spacestore.cpp" line="209"/>
        <source>no embedding space with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="182"/>
        <source>an embedding space needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="186"/>
        <source>this dataset already has an embedding space named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="212"/>
        <source>%1: embedding space %2 has dimension %3, outside 1..%4 (damaged project?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="225"/>
        <location filename="../core/db/spacestore.cpp" line="255"/>
        <source>vector of dimension %1 does not fit a space of dimension %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="281"/>
        <source>%1: a chunk of the vectors of embedding space %2 holds %3 bytes of vectors and %4 bytes of ids for %5 rows of %6 bytes (damaged project?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="295"/>
        <source>%1: embedding space %2 is too large to load: over %3 vectors of %4 bytes need more than the limit of %5 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="313"/>
        <source>%1: the vectors of embedding space %2 changed while they were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="331"/>
        <source>%1: document %2 has two vectors in embedding space %3 (damaged project?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="451"/>
        <source>embedding space %1 does not store float16 vectors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::SqliteConnection</name>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="245"/>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="354"/>
        <source>%1: the disk is full (%2); nothing of the unfinished step was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="360"/>
        <source>%1: no space to write: the disk is full or the file reached its size limit (%2); nothing of the unfinished step was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="364"/>
        <source>%1: the project is in use by another Tare process (it kept the project locked for more than %2 s); try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="369"/>
        <source>%1: not a Tare project or a damaged file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="370"/>
        <source>%1: database error: %2 (in: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::SqliteStatement</name>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="79"/>
        <source>%1: a value of %2 bytes is too large to store (the limit is %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="83"/>
        <source>binding parameter %1 of: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::TfidfVectorizer</name>
    <message>
        <location filename="../core/embed/tfidfvectorizer.cpp" line="26"/>
        <source>min_df must be at least 1, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/tfidfvectorizer.cpp" line="29"/>
        <source>max_features must be 0 (no limit) or positive, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/tfidfvectorizer.cpp" line="49"/>
        <source>the vocabulary has %1 terms but %2 idf values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/tfidfvectorizer.cpp" line="53"/>
        <source>the vocabulary is not a sorted list of distinct terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/tfidfvectorizer.cpp" line="55"/>
        <source>the idf of term %1 is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::TrajectoryTopModel</name>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="12"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="13"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="14"/>
        <source>Relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="14"/>
        <source>Gold relevance (grade).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="15"/>
        <source>Judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="16"/>
        <source>Judged documents: their number in the pictures (rank before refinement) and the judge&apos;s score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="17"/>
        <source>Since step 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="17"/>
        <source>How the document moved since the start: ▲ up, ▼ down, new in the top ten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="18"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="79"/>
        <source>yes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="79"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="81"/>
        <source>#%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="87"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="90"/>
        <source>▲ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="90"/>
        <source>▼ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::TrajectoryWidget</name>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="129"/>
        <source>Judged documents and the query&apos;s path (PCA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="131"/>
        <source>Target p and current r over the judged documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="538"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="137"/>
        <location filename="../widgets/trajectorywidget.cpp" line="704"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="138"/>
        <source>◀ Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="139"/>
        <source>Step ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="185"/>
        <source>One step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="188"/>
        <source>One step forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="191"/>
        <source>Refinement step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="197"/>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="183"/>
        <source>Play or pause the refinement (Space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="192"/>
        <source>The refinement step shown: 0 is the original query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="194"/>
        <source>%1 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="198"/>
        <source>Playback speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="301"/>
        <source>Select a query in the run dashboard&apos;s table to watch its refinement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="344"/>
        <source>Replaying query %1 of run %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="349"/>
        <source>Cannot replay this query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="444"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="447"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="524"/>
        <location filename="../widgets/trajectorywidget.cpp" line="539"/>
        <source>AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/trajectorywidget.cpp" line="568"/>
        <source>Query %1: %2
Run %3 · %4 · %n judged document(s) · %5 steps</source>
        <translation>
            <numerusform>Query %1: %2
Run %3 · %4 · %n judged document · %5 steps</numerusform>
            <numerusform>Query %1: %2
Run %3 · %4 · %n judged documents · %5 steps</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="387"/>
        <source>Principal component 1 (%1% of variance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="130"/>
        <location filename="../widgets/trajectorywidget.cpp" line="217"/>
        <source>The query&apos;s path, magnified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="132"/>
        <location filename="../widgets/trajectorywidget.cpp" line="219"/>
        <source>Loss and AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="136"/>
        <source>Play or Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="147"/>
        <source>Query and run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="159"/>
        <source>Lesson caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="162"/>
        <source>Lesson query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="163"/>
        <source>The query the lesson replays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="169"/>
        <location filename="../widgets/trajectorywidget.cpp" line="643"/>
        <source>Step %1 of %2 · loss %3 · AP %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="173"/>
        <source>Step, loss and AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="182"/>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="186"/>
        <source>One step back (←).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="189"/>
        <source>One step forward (→).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="216"/>
        <source>Judged documents and the query&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="218"/>
        <source>Target p and current r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="229"/>
        <source>Top ten documents at this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="239"/>
        <source>Top ten heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="284"/>
        <source>One Step Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="286"/>
        <source>One Step Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="363"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="387"/>
        <source>PC 1 (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="388"/>
        <source>Principal component 2 (%1% of variance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="388"/>
        <source>PC 2 (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="401"/>
        <source>Judge score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="410"/>
        <source>Relevant (gold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="411"/>
        <source>Not relevant (gold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="502"/>
        <source>Documents (rank before refinement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="573"/>
        <source>Lesson: how the judge&apos;s feedback moves a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="596"/>
        <source>The query&apos;s path, magnified ×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="640"/>
        <source>Top ten at step %1 · AP %2 (at the start %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="680"/>
        <source>#%1 · %2 · %3
judge score %4 · p %5 · r now %6
%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="682"/>
        <source>relevant (grade %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="682"/>
        <source>not relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="451"/>
        <source>Query now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="481"/>
        <source>Target p (judge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="485"/>
        <source>Current r (query)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="511"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="522"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="523"/>
        <source>KL(p‖r) (nats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="540"/>
        <location filename="../widgets/trajectorywidget.cpp" line="542"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="698"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::TsvTableView</name>
    <message>
        <location filename="../widgets/tsvtableview.cpp" line="31"/>
        <source>Copy as TSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::VectorImporter</name>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="36"/>
        <source>no dataset named &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="38"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="41"/>
        <source>a .npy file needs an id list (one id per line, row order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="59"/>
        <source>the space &apos;%1&apos; holds %2 vectors; imported vectors go into a space of their own (name one with --space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="64"/>
        <source>the space &apos;%1&apos; exists; add --update to add these vectors to it (replacing those of the same ids), or name a new space with --space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="74"/>
        <source>the space &apos;%1&apos; was used by run(s) %2 and stays as those runs saw it; import into a new space with --space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="79"/>
        <source>the space &apos;%1&apos; stores %2 vectors, not %3; import into a new space with --space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="99"/>
        <source>vector of dimension %1, but the space &apos;%2&apos; has dimension %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="113"/>
        <source>component %1 of the vector for &apos;%2&apos; is not finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="117"/>
        <source>component %1 of the vector for &apos;%2&apos; is %3, beyond the float16 range (±65504); import it as float32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="126"/>
        <source>the id &apos;%1&apos; was given before, on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="130"/>
        <source>unknown document id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="137"/>
        <source>unknown query id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="143"/>
        <source>import cancelled; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="163"/>
        <source>the id list has %1 lines but the array has %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="173"/>
        <source>the id list has more lines than the array has rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="176"/>
        <source>the array has no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="188"/>
        <source>missing or non-array field &quot;embedding&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="193"/>
        <source>component %1 of &quot;embedding&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="197"/>
        <source>empty &quot;embedding&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="204"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::WelcomePage</name>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="18"/>
        <source>Welcome to Tare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="19"/>
        <source>Try the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="20"/>
        <location filename="../widgets/welcomepage.cpp" line="47"/>
        <source>Import your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="21"/>
        <source>Connect a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="23"/>
        <source>Open Another Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="33"/>
        <source>Tare refines query embeddings at test time: a judge (gold labels, a simulation, an LLM, a reranker or you) scores a few of the top documents, the query vector moves towards what the judge liked, and the corpus is ranked again. Pick a way in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="40"/>
        <source>Opens the bundled sample project and refines its queries with the gold labels: a finished run to explore within a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="43"/>
        <source>Creates a new project file, then imports a BEIR folder (corpus, queries, qrels) or a classification table (one query per label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="48"/>
        <source>&amp;BEIR Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="49"/>
        <source>&amp;Classification Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="52"/>
        <source>Points Tare at an OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, llama.cpp, LiteLLM, TEI) and tests what it can do: LLM judges, reranking, embeddings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="57"/>
        <source>&amp;Recent projects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="60"/>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="68"/>
        <source>Keyboard shortcuts: F1. The welcome page comes back with Help ▸ Welcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="116"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="121"/>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="125"/>
        <source>No recent projects yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="145"/>
        <source>Back to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli</name>
    <message>
        <location filename="../cli/exportcommand.cpp" line="21"/>
        <source>no dataset named &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="26"/>
        <source>the project holds %1 datasets: name one with --dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="27"/>
        <source>Imported %1 vectors into space %2 of dataset &apos;%3&apos; in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="34"/>
        <source>Imported into dataset &apos;%1&apos;: %2 documents, %3 queries, %4 labels (%5 positive) in %6 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="44"/>
        <source>warning: %1 of the %2 queries of dataset &apos;%3&apos; have no vector in this space; runs in it refine only the %4 that have one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="46"/>
        <source>warning: %1 of the %2 documents of dataset &apos;%3&apos; have no vector in this space; runs in it rank only the %4 that have one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="55"/>
        <source>Skipped %1 bad record(s); the first reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="32"/>
        <source>--%1 takes comma-separated numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="44"/>
        <source>--%1 takes comma-separated positive integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="51"/>
        <source>Noise sweep (%1): %2 queries, MAP before %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="54"/>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="54"/>
        <source>seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="54"/>
        <location filename="../cli/experimentcommand.cpp" line="75"/>
        <source>MAP after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="54"/>
        <location filename="../cli/experimentcommand.cpp" line="75"/>
        <location filename="../cli/experimentcommand.cpp" line="95"/>
        <source>ΔMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="54"/>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="55"/>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="55"/>
        <source>sd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="55"/>
        <source>95% CI over queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="74"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="74"/>
        <source>from top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="74"/>
        <source>steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="74"/>
        <source>lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="74"/>
        <source>judged/query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="75"/>
        <source>MAP before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="93"/>
        <source>Methods on the same judgments (judge %1): %2 queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="95"/>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="95"/>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="95"/>
        <source>MAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="95"/>
        <source>W/T/L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="96"/>
        <source>t-test p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="96"/>
        <source>rand. p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="96"/>
        <source>95% CI of Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="115"/>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="115"/>
        <source>judge AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="115"/>
        <source>ΔAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="115"/>
        <source>judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="125"/>
        <source>Run %1: %2 queries with a defined AUC; ΔAP = %3 + %4 · AUC; Pearson r = %5, Spearman ρ = %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/keycommand.cpp" line="24"/>
        <source>API key (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="65"/>
        <source>--%1 must be an integer &gt;= %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="66"/>
        <source>--%1 must be an integer in %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="84"/>
        <source>--%1 must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="144"/>
        <source>no embedding space named &apos;%1&apos; (create one with &apos;tare-cli embed&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="146"/>
        <source>several datasets have a space named &apos;%1&apos;: name one with --dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="163"/>
        <source>--seed must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="188"/>
        <source>--paper-dataset must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="193"/>
        <source>--task-type must be classification or search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="198"/>
        <source>--document-text must be title-space, title-newline or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="205"/>
        <source>unknown refiner &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="40"/>
        <source>would import %1 as dataset &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="47"/>
        <source>Imported %1 as dataset &apos;%2&apos;: %3 documents, %4 queries, %5 labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="26"/>
        <source>%1  [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="26"/>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="26"/>
        <source>this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="27"/>
        <source>    query:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="28"/>
        <source>    document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="30"/>
        <source>    (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="30"/>
        <source>no dataset named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="31"/>
        <source>every dataset already has a space named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::CacheCommand</name>
    <message>
        <location filename="../cli/cachecommand.cpp" line="13"/>
        <source>list or clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cachecommand.cpp" line="14"/>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cachecommand.cpp" line="16"/>
        <source>clear: only the vectors of this embedder identity (as &apos;list&apos; shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cachecommand.cpp" line="20"/>
        <source>List or clear the cache of remote embeddings (vectors by embedder identity and text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cachecommand.cpp" line="24"/>
        <source>usage: tare-cli cache list|clear PROJECT [--identity ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cachecommand.cpp" line="30"/>
        <source>The cache is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cachecommand.cpp" line="32"/>
        <source>%1 vector(s): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cachecommand.cpp" line="36"/>
        <source>Removed %1 cached vector(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::ConvertCommand</name>
    <message>
        <location filename="../cli/convertcommand.cpp" line="17"/>
        <source>The release files or folders (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="19"/>
        <source>The BEIR folder to write (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="22"/>
        <source>clinc150: the intent description table (intent_name,intent_description).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="25"/>
        <source>argkp21: a split to read (repeatable; default dev and train); clinc150: the section of data_full.json (default train); nfcorpus, realscholarquery: test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="29"/>
        <source>Keep at most N documents: every relevant one and a seeded sample of the others (default: the paper&apos;s cap, 25000 for realscholarquery; 0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="32"/>
        <source>Seed of the corpus sample (default 42, as the paper).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="36"/>
        <source>Convert one of the paper&apos;s datasets from its public release into a BEIR folder, built as the paper&apos;s loader builds it. Then: tare-cli import beir DIR --paper-dataset DATASET.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="44"/>
        <source>usage: tare-cli convert DATASET INPUT... --out DIR [--descriptions FILE] [--split NAME] [--corpus-limit N] [--seed S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="49"/>
        <source>unknown dataset &apos;%1&apos; (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="59"/>
        <source>--corpus-limit must be a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="64"/>
        <source>--seed must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="66"/>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="71"/>
        <source>Converted %1 into %2: %3 documents, %4 queries, %5 labels (%6 positive) in %7 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="80"/>
        <source>The corpus cap left out %1 documents (every relevant one kept; seed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="86"/>
        <source>Next: tare-cli import beir %1 --project FILE --paper-dataset %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::DatasetCommand</name>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="14"/>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="15"/>
        <source>The dataset&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="16"/>
        <source>The dataset&apos;s task instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="19"/>
        <source>classification (judges are told the task) or search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="21"/>
        <source>How title and text are joined: title-space, title-newline or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="24"/>
        <source>Take instruction, task type and document text of one of the paper&apos;s datasets (%1); explicit options win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="30"/>
        <source>Show or change what a dataset asks of judges and embedders. A change gives LLM judges new prompts (a new judge identity: judgments are asked again, earlier ones stay stored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="35"/>
        <source>usage: tare-cli dataset PROJECT NAME [--instruction TEXT] [--task-type classification|search] [--document-text title-space|title-newline|text] [--paper-dataset NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="41"/>
        <source>no dataset named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="51"/>
        <source>Changed dataset &apos;%1&apos;; LLM judges of it now have new prompts (judgments are asked again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="55"/>
        <source>dataset &apos;%1&apos;: task %2, document text %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="58"/>
        <source>instruction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="58"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="60"/>
        <source>judge prompts carry no task sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="61"/>
        <source>judge prompts carry: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::DemoCommand</name>
    <message>
        <location filename="../cli/democommand.cpp" line="27"/>
        <source>Project file to use (default: sample.tare in the user&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="29"/>
        <source>The sample_data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="30"/>
        <source>Judge of the demo run (default gold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="32"/>
        <source>Refiner of the demo run (default kl-adam).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="35"/>
        <source>Import the bundled sample data and show the result, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="49"/>
        <source>cannot find the sample_data folder; pass --sample-data DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="53"/>
        <source>Imported the sample datasets %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="68"/>
        <source>the sample project has no &apos;nuance&apos; dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="84"/>
        <source>Demo finished in %1 s. Open the project in the workbench: tare %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::EmbedCommand</name>
    <message>
        <location filename="../cli/embedcommand.cpp" line="70"/>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="73"/>
        <source>Name of the new space (default: the provider&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="75"/>
        <source>Dataset (default: every dataset without such a space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="77"/>
        <source>Dimension (default 256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="78"/>
        <source>Seed of the randomized SVD (default 42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="80"/>
        <source>Do not remove English stop words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="85"/>
        <source>Template for documents (default {text}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="88"/>
        <source>openai: the base URL as the service documents it (e.g. http://localhost:11434/v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="90"/>
        <source>openai: the embedding model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="91"/>
        <source>openai: the environment variable holding the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="94"/>
        <source>openai: ask the model for vectors of N dimensions (models that can shorten them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="97"/>
        <source>openai: fill in --endpoint (and --api-key-env) of a known service: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="100"/>
        <source>openai: requests in flight (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="105"/>
        <source>Embed a dataset&apos;s documents and queries into a new embedding space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="148"/>
        <source>--seed must be a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="48"/>
        <source>texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="53"/>
        <source>Embedded dataset &apos;%1&apos; into space &apos;%2&apos; (%3, dim %4): %5 documents, %6 queries in %7 s; %8 texts from the cache, %9 sent to the endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="71"/>
        <source>Embedder: lsa (built in) or openai (an OpenAI-compatible embeddings endpoint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="82"/>
        <source>Template for queries, with {text} and {instruction} (lsa: default {text}; openai: default from the model template table, see tare-cli templates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="108"/>
        <source>usage: tare-cli embed PROJECT --space lsa [--dim N] [--name NAME] [--dataset NAME]
       tare-cli embed PROJECT --space openai --endpoint URL --model M [--api-key-env VAR] [--dimensions N] [--name NAME] [--dataset NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="122"/>
        <source>--space openai needs --endpoint URL (or --preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="125"/>
        <source>--space openai needs --model NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="140"/>
        <source>unknown embedder &apos;%1&apos; (lsa or openai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="159"/>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="164"/>
        <source>Embedded dataset &apos;%1&apos; into space &apos;%2&apos; (lsa, dim %3): %4 documents, %5 queries in %6 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::ExperimentCommand</name>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="150"/>
        <source>Experiment %1 (%2): %3; runs %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="165"/>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="166"/>
        <source>noise-sweep, budget-sweep, methods or judge-quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="167"/>
        <source>Dataset (default: the one holding the space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="168"/>
        <source>Embedding space name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="170"/>
        <source>The first N queries of the dataset, or a comma-separated list of query ids (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="172"/>
        <source>noise-sweep: judge seeds per noise level (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="173"/>
        <source>noise-sweep: noise levels (default 0,0.1,0.2,0.3,0.4,0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="175"/>
        <source>noise-sweep: flip (label flips, default) or sigma (Gaussian noise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="177"/>
        <source>budget-sweep: judged documents per query (default 5,10,20,30,50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="180"/>
        <source>budget-sweep: share of them from the top, the rest at random (default 1,0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="182"/>
        <source>budget-sweep: Adam step counts to sweep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="183"/>
        <source>budget-sweep: learning rates to sweep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="185"/>
        <source>methods: which (default all that apply): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="187"/>
        <source>judge-quality: analyse this run instead of making one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="189"/>
        <source>Judge of budget-sweep, methods and judge-quality runs (default gold; judge-quality: simulated:flip=0.2,seed=1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="192"/>
        <source>Refiner of the sweeps and judge-quality (default kl-adam).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="194"/>
        <source>Adam steps (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="195"/>
        <source>Learning rate (default 1e-4; refit 0.005).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="196"/>
        <source>Judged documents per query (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="197"/>
        <source>Of those, from the top of the ranking (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="199"/>
        <source>Worker threads (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="200"/>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="201"/>
        <source>A label for the experiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="209"/>
        <source>Run an experiment made of runs: a feedback-noise sweep, a budget/parameter sweep, a method comparison on the same judgments, or judge quality against gain. Running the same experiment again continues it and reuses finished runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="215"/>
        <source>usage: tare-cli experiment PROJECT noise-sweep|budget-sweep|methods|judge-quality [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="218"/>
        <source>tare-cli: unknown experiment &apos;%1&apos; (noise-sweep, budget-sweep, methods or judge-quality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="227"/>
        <source>--run takes a run id, and only for judge-quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="238"/>
        <source>--queries must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="284"/>
        <source>queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="288"/>
        <source>Continuing experiment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="288"/>
        <source>Experiment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="297"/>
        <source>Experiment %1 was interrupted; finished runs are kept. Run the same command again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="307"/>
        <source>Experiment %1 took %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::ExportCommand</name>
    <message>
        <location filename="../cli/exportcommand.cpp" line="35"/>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="36"/>
        <source>Dataset (default: the only one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="37"/>
        <source>Embedding space (vectors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="39"/>
        <source>Output file (qrels), or prefix: PREFIX.npy and PREFIX.ids.txt (vectors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="41"/>
        <source>Run id (run; default: the latest run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="46"/>
        <source>Replace files that exist (a symbolic link is replaced, not followed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="58"/>
        <source>Export project data for other tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="34"/>
        <source>qrels, vectors, run or judgments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="42"/>
        <source>trec, ranx, csv, json, raw-scores (every candidate&apos;s score and rank before and after) or steps (per-step query vectors as .npy) (run); qrels or jsonl (judgments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="48"/>
        <source>Judgments of this judge: its id, its identity, or an annotator&apos;s name (&quot;human&quot;: the unnamed person, &quot;adjudication&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="51"/>
        <source>Every judgment given, not only the one in force (judgments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="53"/>
        <source>Qrels grade = score × N rounded (9: a person&apos;s digits; default: 1 from --threshold on, else 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="55"/>
        <source>Qrels: relevant from this score on (default 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="62"/>
        <source>usage: tare-cli export qrels|vectors|run|judgments PROJECT --out PATH [--dataset NAME] [--space NAME] [--run ID] [--format trec|ranx|csv|json|raw-scores|steps|qrels|jsonl] [--force] [--judge JUDGE] [--history] [--scale N] [--threshold T]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="75"/>
        <source>the project has no runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="84"/>
        <location filename="../cli/exportcommand.cpp" line="98"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="84"/>
        <source>%1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="95"/>
        <source>--format must be trec, ranx, csv, json, raw-scores or steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="104"/>
        <source>Wrote %1 qrels lines to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="109"/>
        <source>name the judge or annotator with --judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="116"/>
        <source>--format must be qrels or jsonl for judgments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="122"/>
        <source>--scale must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="126"/>
        <source>--threshold must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="128"/>
        <source>Wrote %1 judgments of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="136"/>
        <source>dataset &apos;%1&apos; has no embedding space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="141"/>
        <source>no space named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="144"/>
        <source>dataset &apos;%1&apos; has several spaces: name one with --space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="149"/>
        <source>Wrote %1 vectors of dimension %2 to %3.npy and %3.ids.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="153"/>
        <source>unknown export &apos;%1&apos; (qrels, vectors, run, judgments)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::GridCommand</name>
    <message>
        <location filename="../cli/gridcommand.cpp" line="61"/>
        <source>The project file (created when a dataset is imported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="63"/>
        <source>A dataset (repeatable): NAME, or NAME=BEIR_DIR to import it when missing (with the paper&apos;s preset when NAME is one of its datasets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="67"/>
        <source>An embedding space (repeatable; default lsa): NAME, lsa[:dim=N,seed=S] or NAME=openai:model=M[,dimensions=N], built when a dataset lacks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="71"/>
        <source>A judge (repeatable; default gold): gold, simulated:flip=RATE, llm-yesno, llm-rating[:raw], llm-truefalse, rerank[:raw], rerank-cohere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="74"/>
        <source>A refiner (repeatable; default kl-adam).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="76"/>
        <source>Folder for the tables (grid.md, grid.html, grid.csv, latency.md, latency.csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="79"/>
        <source>Show the cells and what each would do; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="81"/>
        <source>Report a failed cell and go on with the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="82"/>
        <source>Adam steps (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="83"/>
        <source>Learning rate (default: the refiner&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="84"/>
        <source>Judged documents per query (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="85"/>
        <source>Of those, from the top (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="86"/>
        <source>Seed of the judged set&apos;s random part (default 42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="88"/>
        <source>Worker threads (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="89"/>
        <source>openai spaces: the embeddings base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="92"/>
        <source>openai spaces: the API key&apos;s environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="93"/>
        <source>openai spaces: a known service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="96"/>
        <source>openai spaces: embed every query once more, alone and uncached, to time it (sends requests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="99"/>
        <source>Also write each run&apos;s long raw-scores CSV into DIR/runs/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="101"/>
        <source>Also write each query&apos;s per-step vectors (.npy) into DIR/runs/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="102"/>
        <source>The tables&apos; title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="110"/>
        <source>Run datasets x spaces x judges x refiners and write the paper&apos;s table (MAP before -&gt; after and relative change per dataset and their mean) with the per-query latency breakdown. Resumable: finished cells are reused without a request, unfinished ones continued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="116"/>
        <source>usage: tare-cli grid PROJECT --dataset D [--dataset D2] [--space S] [--judge J] [--refiner R] --out DIR [--dry-run] [--continue-on-error]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="122"/>
        <source>%1: no such project (a dry run creates nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="165"/>
        <source>build space &apos;%1&apos;, then run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="166"/>
        <source>reuse run %1 (no request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="167"/>
        <source>continue run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="168"/>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="169"/>
        <source>[%1/%2] %3 · %4 · %5 · %6: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="180"/>
        <source>%1: the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="184"/>
        <source>Building space &apos;%1&apos; of dataset &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="186"/>
        <location filename="../cli/gridcommand.cpp" line="194"/>
        <source>queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="188"/>
        <source>[%1/%2] %3 · %4 · %5 · %6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="192"/>
        <source> (reused, run %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="200"/>
        <source>  failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="205"/>
        <source>Tare grid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="225"/>
        <source>Wrote %1 (grid.md, grid.html, grid.csv, latency.md, latency.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::HttpJudgeOptions</name>
    <message>
        <location filename="../cli/httpjudgeoptions.cpp" line="17"/>
        <source>HTTP judges: the base URL as the service documents it (with /v1 for OpenAI-compatible servers, e.g. http://localhost:11434/v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/httpjudgeoptions.cpp" line="20"/>
        <source>HTTP judges: the model name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/httpjudgeoptions.cpp" line="21"/>
        <source>HTTP judges: the environment variable holding the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/httpjudgeoptions.cpp" line="24"/>
        <source>HTTP judges: fill in --endpoint (and --api-key-env) of a known service: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/httpjudgeoptions.cpp" line="26"/>
        <source>HTTP judges: requests in flight (default 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/httpjudgeoptions.cpp" line="29"/>
        <source>HTTP judges: send max_completion_tokens instead of max_tokens (for hosts that reject max_tokens; &apos;tare-cli probe&apos; tells).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/httpjudgeoptions.cpp" line="31"/>
        <source>HTTP judges: seconds one attempt of a request may take (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/httpjudgeoptions.cpp" line="34"/>
        <source>HTTP judges: seconds to establish a connection (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/httpjudgeoptions.cpp" line="36"/>
        <source>HTTP judges: attempts after the first on network errors, timeouts, 429 and 5xx (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/httpjudgeoptions.cpp" line="63"/>
        <source>--%1 must be at most 86400 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::HydeCommand</name>
    <message>
        <location filename="../cli/hydecommand.cpp" line="17"/>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="18"/>
        <source>The space to start from (lsa or openai).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="19"/>
        <source>Dataset (default: the one holding the space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="21"/>
        <source>Name of the new space (default: SPACE-hyde).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="23"/>
        <source>The chat-completions base URL as the service documents it (e.g. http://localhost:8000/v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="25"/>
        <source>The chat model that writes the hypothetical documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="27"/>
        <source>The environment variable holding the chat API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="30"/>
        <source>The environment variable holding the embeddings API key of an openai space (default: --api-key-env).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="34"/>
        <source>Fill in --endpoint (and --api-key-env) of a known service: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="36"/>
        <source>The prompt, with {query} and {instruction} (default: HyDE&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="39"/>
        <source>Send max_completion_tokens instead of max_tokens (see &apos;tare-cli probe&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="40"/>
        <source>Requests in flight (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="43"/>
        <source>Use the hypothetical document&apos;s vector alone (default: averaged with the query&apos;s vector, as in the HyDE paper).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="49"/>
        <source>Write a hypothetical document per query with a chat model and embed it as the query (HyDE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="52"/>
        <source>usage: tare-cli hyde PROJECT --space S --endpoint URL --model M [--api-key-env VAR] [--name NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="63"/>
        <source>hyde needs --endpoint URL (or --preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="66"/>
        <source>hyde needs --model NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="78"/>
        <source>queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="82"/>
        <source>Wrote space &apos;%1&apos; (dim %2): %3 hypothetical query documents, %4 document vectors copied from &apos;%5&apos;, in %6 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="90"/>
        <source>Baselines: tare-cli run PROJECT --space %1 --refiner none (hyde), or with a refiner (hyde + refiner)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::ImportCommand</name>
    <message>
        <location filename="../cli/importcommand.cpp" line="66"/>
        <source>beir, classification, qrels or vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="67"/>
        <source>The folder (beir) or file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="68"/>
        <source>The project file (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="70"/>
        <source>Name of the new dataset (default: folder or file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="72"/>
        <source>Existing dataset (qrels, vectors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="75"/>
        <source>Candidates of a query: the whole corpus, or only its judged documents (beir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="77"/>
        <source>qrels/&lt;split&gt;.tsv to read (beir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="79"/>
        <source>The dataset&apos;s task instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="82"/>
        <source>classification (judges are told the task) or search (default: classification for classification tables, search otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="86"/>
        <source>How a document&apos;s title and text are joined for judges and embedders: title-space (default for beir), title-newline, text (default for tables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="90"/>
        <source>One of the paper&apos;s datasets (%1): its instruction, task type, pool and document text as the paper&apos;s code has them (explicit options win).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="95"/>
        <source>Skip malformed records and report them instead of failing the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="96"/>
        <source>Text column (classification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="98"/>
        <source>Label column (classification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="100"/>
        <source>Document id column (classification; optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="103"/>
        <source>Table with columns label, description: query texts (classification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="105"/>
        <source>csv, tsv or jsonl (classification; default: by extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="107"/>
        <source>Id list for a .npy file, one id per line (vectors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="109"/>
        <source>Embedding space to fill (vectors; default &apos;imported&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="111"/>
        <source>Model name to record with the space (vectors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="113"/>
        <source>The vectors are query vectors (vectors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="115"/>
        <source>The space exists: add these vectors to it, replacing those of the same ids (vectors; only spaces of imported vectors that no run used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="118"/>
        <source>Store the document vectors as float16: half the memory, scored with float32 sums (vectors; a new space, or an --update of a float16 one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="123"/>
        <source>Import data into a Tare project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="128"/>
        <source>usage: tare-cli import beir|classification|qrels|vectors INPUT --project FILE [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="141"/>
        <source>--pool must be corpus or judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="160"/>
        <source>unknown import kind &apos;%1&apos; (beir, classification, qrels, vectors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="162"/>
        <source>&apos;import %1&apos; needs --dataset NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="177"/>
        <source>--format must be csv, tsv or jsonl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="228"/>
        <source>%1 was created by another process meanwhile; importing into it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::InfoCommand</name>
    <message>
        <location filename="../cli/infocommand.cpp" line="58"/>
        <source>Project %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="60"/>
        <source>  no datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="62"/>
        <source>  dataset &apos;%1&apos; (pool: %2): %3 documents, %4 queries, %5 labels (%6 positive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="69"/>
        <source>    task: %1; document text: %2; instruction: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="71"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="74"/>
        <source>    judge prompts carry no task sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="75"/>
        <source>    judge prompts carry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="80"/>
        <source>    space &apos;%1&apos; (%2%3, dim %4, %7): %5 document vectors, %6 query vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="90"/>
        <source>      query template: %1; document template: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="95"/>
        <source>  judges: %1, judgments: %2, runs: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="105"/>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="106"/>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="108"/>
        <source>Show what a Tare project holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="111"/>
        <source>usage: tare-cli info PROJECT [--json]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::JudgeCommand</name>
    <message>
        <location filename="../cli/judgecommand.cpp" line="17"/>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/judgecommand.cpp" line="22"/>
        <source>Fetch and store the judgments a run with these settings will need, before refining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/judgecommand.cpp" line="25"/>
        <source>usage: tare-cli judge PROJECT --space S --judge J [--endpoint URL --model M] [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/judgecommand.cpp" line="36"/>
        <source>judgments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/judgecommand.cpp" line="41"/>
        <source>%1 queries (%2 skipped: they cannot run), %3 judged documents: %4 already stored, %5 fetched, %6 failed (asked again by the next run), in %7 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/judgecommand.cpp" line="53"/>
        <source>every judgment asked for failed (%1); the first: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::JudgedRunOptions</name>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="13"/>
        <source>Dataset (default: the one holding the space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="14"/>
        <source>Embedding space name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="16"/>
        <source>gold, simulated:flip=RATE, simulated:sigma=SD (with ,seed=N); over HTTP: llm-yesno, llm-rating, llm-rating:raw (0-100 into the softmax, as the paper&apos;s code), llm-truefalse (FollowIR-7B-style), rerank (TEI; rerank:raw for the cross-encoder&apos;s raw scores) or rerank-cohere; LLM judges take :content-filter=fail to count a refusal as a failure instead of the paper&apos;s 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="21"/>
        <source>Judged documents per query (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="22"/>
        <source>Of those, from the top of the ranking (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="23"/>
        <source>Seed of the random part of the judged set (default 42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="24"/>
        <source>Only these query ids (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::KeyCommand</name>
    <message>
        <location filename="../cli/keycommand.cpp" line="46"/>
        <source>The system keychain entry holding the API key (stored with &apos;tare-cli key set NAME&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/keycommand.cpp" line="54"/>
        <source>give the API key either with --api-key-env or with --api-key-keychain, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/keycommand.cpp" line="67"/>
        <source>set (reads the key from standard input), delete, or check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/keycommand.cpp" line="68"/>
        <source>The keychain entry name, e.g. openai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/keycommand.cpp" line="69"/>
        <source>Store, delete or check an API key in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/keycommand.cpp" line="74"/>
        <source>usage: tare-cli key set|delete|check NAME   (set reads the key from standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/keycommand.cpp" line="81"/>
        <source>no key on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/keycommand.cpp" line="83"/>
        <source>Stored the API key %1 as keychain entry &apos;%2&apos;; use it with --api-key-keychain %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/keycommand.cpp" line="88"/>
        <source>Deleted keychain entry &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/keycommand.cpp" line="90"/>
        <source>Keychain entry &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::ProbeCommand</name>
    <message>
        <location filename="../cli/probecommand.cpp" line="30"/>
        <source>The base URL as the service documents it (with /v1 for OpenAI-compatible servers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/probecommand.cpp" line="32"/>
        <source>The model to try chat completions and embeddings with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/probecommand.cpp" line="34"/>
        <source>The environment variable holding the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/probecommand.cpp" line="37"/>
        <source>Fill in the URL (and key variable) of a known service: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/probecommand.cpp" line="40"/>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/probecommand.cpp" line="42"/>
        <source>Probe an endpoint: which judges and embeddings it can serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/probecommand.cpp" line="46"/>
        <source>usage: tare-cli probe URL [--model M] [--api-key-env VAR] [--preset NAME] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::ReportCommand</name>
    <message>
        <location filename="../cli/reportcommand.cpp" line="14"/>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="15"/>
        <source>Run to report (default: the latest run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="16"/>
        <source>Experiment to report instead of a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="19"/>
        <source>html (self-contained page with charts), md (Markdown) or csv (default html).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="21"/>
        <source>The report file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="23"/>
        <source>Queries explained in full: those whose AP changed most (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="26"/>
        <source>Replace the file if it exists (a symbolic link is replaced, not followed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="29"/>
        <source>Write a report of a run (parameters, summary with CI and p-values, per-query table, distributions, explanations, failure triage) or of an experiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="34"/>
        <source>usage: tare-cli report PROJECT [--run ID | --experiment ID] --format html|md|csv --out FILE [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="38"/>
        <source>--format must be html, md or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="40"/>
        <source>give --run or --experiment, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="49"/>
        <source>--experiment must be an experiment id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="51"/>
        <source>Wrote the report of experiment %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="58"/>
        <source>--run must be a run id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="62"/>
        <source>the project has no runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="68"/>
        <source>Wrote the report of run %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::RunCommand</name>
    <message>
        <location filename="../cli/runcommand.cpp" line="19"/>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="19"/>
        <source>AP before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="19"/>
        <source>AP after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="20"/>
        <source>ΔAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="20"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="52"/>
        <source>Run %1 on &apos;%2&apos; (space %3, judge %4, refiner %5): %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="57"/>
        <source>  queries: %1 finished, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="60"/>
        <source>  MAP %1 → %2  (Δ %3, %4%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="65"/>
        <source>  win/tie/loss %1/%2/%3; paired t-test p = %4; randomization p = %5; 95% CI of Δ [%6, %7]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="76"/>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="77"/>
        <source>kl-adam, refit, rocchio or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="79"/>
        <source>Adam steps (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="80"/>
        <source>Learning rate (default 1e-4; refit 0.005).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="81"/>
        <source>AP/AUC every N steps (default: automatic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="83"/>
        <source>Worker threads (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="84"/>
        <source>Print one JSON object (summary with map_before, map_after, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="86"/>
        <source>Continue the latest unfinished run with the same parameters instead of starting a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="87"/>
        <source>A label for the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="93"/>
        <source>Refine the queries of a dataset and report MAP before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="96"/>
        <source>usage: tare-cli run PROJECT --space S --judge J --refiner R [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="114"/>
        <source>Resuming run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="120"/>
        <source>queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="137"/>
        <source>Run %1 was interrupted; finished queries are kept. Continue it with --resume.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::TemplatesCommand</name>
    <message>
        <location filename="../cli/templatescommand.cpp" line="38"/>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="39"/>
        <source>list (default), show MODEL, set MODEL, remove MODEL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="40"/>
        <source>set: the query template ({text}, {instruction}; \n is a line break).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="43"/>
        <source>set: the document template (default {text}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="45"/>
        <source>set: where the format comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="48"/>
        <source>The model template table: how queries and documents are written before an endpoint embeds them. The project&apos;s entries come first, then Tare&apos;s for common embedders, then the paper&apos;s default (Instruct: {instruction}\nQuery: {text} and {text}). A space stores the templates it was built with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="56"/>
        <source>usage: tare-cli templates PROJECT [list | show MODEL | set MODEL --query T [--document T] | remove MODEL]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="67"/>
        <source>model %1 uses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="73"/>
        <source>templates set needs --query TEMPLATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="81"/>
        <source>Set the templates of %1 in this project; spaces built from now on use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="87"/>
        <source>this project has no entry for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="89"/>
        <source>Removed the project&apos;s entry for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="92"/>
        <source>unknown action &apos;%1&apos; (list, show, set, remove)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
