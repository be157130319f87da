# Suites for the app/ library and the command-line tool.
fielddesk_add_test(tst_fieldcodec LIBS fielddesk_app)
fielddesk_add_test(tst_interchange LIBS fielddesk_app)
fielddesk_add_test(tst_recordsave LIBS fielddesk_app)
fielddesk_add_test(tst_recordtablemodel LIBS fielddesk_app)
if(TARGET fielddesk-cli)
    fielddesk_add_test(tst_cli LIBS fielddesk_app)
    add_dependencies(tst_cli fielddesk-cli)
    target_compile_definitions(tst_cli PRIVATE
        FIELDDESK_CLI_PATH="$<TARGET_FILE:fielddesk-cli>")
    # Two imports of a few thousand records beside another writer, and their kills.
    set_tests_properties(tst_cli PROPERTIES TIMEOUT 900)
endif()

# SOP-10 rules, table-driven.
fielddesk_add_test(tst_approvalmatrix LIBS fielddesk_app)
fielddesk_add_test(tst_pperule LIBS fielddesk_app)
fielddesk_add_test(tst_engineereligibility LIBS fielddesk_app)
fielddesk_add_test(tst_taskstatemachine LIBS fielddesk_app)
fielddesk_add_test(tst_workingcalendar LIBS fielddesk_app)
fielddesk_add_test(tst_holidaycalendar LIBS fielddesk_app)
fielddesk_add_test(tst_recordtime LIBS fielddesk_app)
fielddesk_add_test(tst_offsettime LIBS fielddesk_app)
fielddesk_add_test(tst_derivedfields LIBS fielddesk_app)
fielddesk_add_test(tst_taskworkflow LIBS fielddesk_app)
fielddesk_add_test(tst_money LIBS fielddesk_app)
fielddesk_add_test(tst_sitereportrules LIBS fielddesk_app)
fielddesk_add_test(tst_deadlinewatch LIBS fielddesk_app)
fielddesk_add_test(tst_attachmentstore LIBS fielddesk_app)
fielddesk_add_test(tst_searchindex LIBS fielddesk_app)
fielddesk_add_test(tst_sitereportkinds LIBS fielddesk_app)
fielddesk_add_test(tst_expenselines LIBS fielddesk_app)
if(TARGET fielddesk-cli)
    add_dependencies(tst_expenselines fielddesk-cli)
    target_compile_definitions(tst_expenselines PRIVATE
        FIELDDESK_CLI_PATH="$<TARGET_FILE:fielddesk-cli>")
endif()
fielddesk_add_test(tst_siteformrules LIBS fielddesk_app)
fielddesk_add_test(tst_taskclosure LIBS fielddesk_app)
fielddesk_add_test(tst_briefingpack LIBS fielddesk_app)
fielddesk_add_test(tst_recordfingerprint LIBS fielddesk_app)
fielddesk_add_test(tst_recordrevisions LIBS fielddesk_app)

# Service report, call-back and know-how: the draft and L3 access rules.
fielddesk_add_test(tst_servicereportdraft LIBS fielddesk_app)
fielddesk_add_test(tst_knowhowaccess LIBS fielddesk_app)
# On site and after: typed amounts, expense lines, saving a claim.
fielddesk_add_test(tst_expenseclaim LIBS fielddesk_app)
# Daily report entry (QEF-10-02) with its expenses
fielddesk_add_test(tst_dailyreportentry LIBS fielddesk_app)
# Signing, locking, revisions and paper verification.
fielddesk_add_test(tst_signaturestrokes LIBS fielddesk_app)
# Correcting a signed daily report: the revision chain of a locked record.
fielddesk_add_test(tst_dailyreportrevisions LIBS fielddesk_app)
fielddesk_add_test(tst_recordsigning LIBS fielddesk_app)
if(TARGET fielddesk-cli)
    add_dependencies(tst_recordsigning fielddesk-cli)
    target_compile_definitions(tst_recordsigning PRIVATE
        FIELDDESK_CLI_PATH="$<TARGET_FILE:fielddesk-cli>")
endif()
# Printing, the paper archive of record: layouts, pagination, QR, print log, CLI print.
fielddesk_add_test(tst_print LIBS fielddesk_app)
if(TARGET fielddesk-cli)
    add_dependencies(tst_print fielddesk-cli)
    target_compile_definitions(tst_print PRIVATE FIELDDESK_CLI_PATH="$<TARGET_FILE:fielddesk-cli>")
endif()
# Sync through the shared folder: engine, faults, CLI.
fielddesk_add_test(tst_syncconvergence LIBS fielddesk_app)
fielddesk_add_test(tst_syncfaults LIBS fielddesk_app)
fielddesk_add_test(tst_syncrevisions LIBS fielddesk_app)
add_executable(syncworker syncworker.cpp)
target_link_libraries(syncworker PRIVATE fielddesk_app)
fielddesk_add_test(tst_synccrash LIBS fielddesk_app)
add_dependencies(tst_synccrash syncworker)
target_compile_definitions(tst_synccrash PRIVATE
    FIELDDESK_SYNCWORKER_PATH="$<TARGET_FILE:syncworker>")
fielddesk_add_test(tst_synccli LIBS fielddesk_app)
if(TARGET fielddesk-cli)
    add_dependencies(tst_synccli fielddesk-cli)
    target_compile_definitions(tst_synccli PRIVATE
        FIELDDESK_CLI_PATH="$<TARGET_FILE:fielddesk-cli>")
endif()
fielddesk_add_test(tst_syncteam LIBS fielddesk_app)
fielddesk_add_test(tst_syncrecovery LIBS fielddesk_app)
fielddesk_add_test(tst_syncproblems LIBS fielddesk_app)
if(TARGET fielddesk-cli)
    add_dependencies(tst_syncrecovery fielddesk-cli)
    target_compile_definitions(tst_syncrecovery PRIVATE
        FIELDDESK_CLI_PATH="$<TARGET_FILE:fielddesk-cli>")
endif()
# Sync in the desktop (issue #6): the conflicts screen's model, the sync status, the recovery sheet.
# Sync in the desktop: the conflicts screen's model, the sync status, the recovery sheet.
fielddesk_add_test(tst_conflicttablemodel LIBS fielddesk_app)
fielddesk_add_test(tst_recoverysheet LIBS fielddesk_app)
fielddesk_add_test(tst_textcharacters LIBS fielddesk_app)
fielddesk_add_test(tst_plausibledates LIBS fielddesk_app)
fielddesk_add_test(tst_revisionlinkrule LIBS fielddesk_app)
fielddesk_add_test(tst_outputfile LIBS fielddesk_app)

# Files written by SQLCipher 3.4 (Debian 12) and 4.x (Debian 13) open with the other release
# (fixtures in tests/data/crossrelease/, written by packaging/make-crossrelease-fixtures.sh).
if(TARGET fielddesk-cli)
    fielddesk_add_test(tst_crossrelease)
    add_dependencies(tst_crossrelease fielddesk-cli)
    target_compile_definitions(tst_crossrelease PRIVATE
        FIELDDESK_CLI_PATH="$<TARGET_FILE:fielddesk-cli>"
        FIELDDESK_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
endif()
fielddesk_add_test(tst_schemamigrator LIBS fielddesk_app)
target_compile_definitions(tst_schemamigrator PRIVATE FIELDDESK_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
# The review stage (§5.5, §7): KPI periods and figures at their boundaries.
fielddesk_add_test(tst_kpicalculator LIBS fielddesk_app)
fielddesk_add_test(tst_proactivecadence LIBS fielddesk_app)
fielddesk_add_test(tst_monthlyreview LIBS fielddesk_app)
if(TARGET fielddesk-cli)
    add_dependencies(tst_monthlyreview fielddesk-cli)
    target_compile_definitions(tst_monthlyreview PRIVATE
        FIELDDESK_CLI_PATH="$<TARGET_FILE:fielddesk-cli>")
endif()

# People and keys: personal keys, enrolment and the trust chain.
fielddesk_add_test(tst_personalkeys LIBS fielddesk_app)
if(TARGET fielddesk-cli)
    add_dependencies(tst_personalkeys fielddesk-cli)
    target_compile_definitions(tst_personalkeys PRIVATE
        FIELDDESK_CLI_PATH="$<TARGET_FILE:fielddesk-cli>")
endif()
fielddesk_add_test(tst_signaturebinding LIBS fielddesk_app)
# Sealed L3 know-how: sealing, readers, rotation, the sealing of text stored in clear, sync.
fielddesk_add_test(tst_l3seal LIBS fielddesk_app)
fielddesk_add_test(tst_keyproofs LIBS fielddesk_app)
