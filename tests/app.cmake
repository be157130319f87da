# Suites for the app/ library and the command-line tool.
fielddesk_add_test(tst_fieldcodec LIBS fielddesk_app)
fielddesk_add_test(tst_interchange LIBS fielddesk_app)
fielddesk_add_test(tst_recordtablemodel LIBS fielddesk_app)
if(TARGET fielddesk-cli)
    fielddesk_add_test(tst_cli LIBS fielddesk_app)
    add_dependencies(tst_cli fielddesk-cli)
    target_compile_definitions(tst_cli PRIVATE
        FIELDDESK_CLI_PATH="$<TARGET_FILE:fielddesk-cli>")
endif()

# SOP-10 rules, table-driven.
fielddesk_add_test(tst_approvalmatrix LIBS fielddesk_app)
fielddesk_add_test(tst_pperule LIBS fielddesk_app)
fielddesk_add_test(tst_engineereligibility LIBS fielddesk_app)
fielddesk_add_test(tst_taskstatemachine LIBS fielddesk_app)
fielddesk_add_test(tst_workingcalendar LIBS fielddesk_app)
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

# Service report, call-back and know-how screens (forms-b): the draft and L3 access rules.
fielddesk_add_test(tst_servicereportdraft LIBS fielddesk_app)
fielddesk_add_test(tst_knowhowaccess LIBS fielddesk_app)
# On site and after (issue #4): typed amounts, expense lines, saving a claim.
fielddesk_add_test(tst_expenseclaim LIBS fielddesk_app)
# forms-a: daily report entry (QEF-10-02) with its expenses
fielddesk_add_test(tst_dailyreportentry LIBS fielddesk_app)
# Signing, locking, revisions and paper verification (issue #5, signing half).
fielddesk_add_test(tst_signaturestrokes LIBS fielddesk_app)
# Correcting a signed daily report (schema 009, issue #5).
fielddesk_add_test(tst_dailyreportrevisions LIBS fielddesk_app)
fielddesk_add_test(tst_recordsigning LIBS fielddesk_app)
if(TARGET fielddesk-cli)
    add_dependencies(tst_recordsigning fielddesk-cli)
    target_compile_definitions(tst_recordsigning PRIVATE
        FIELDDESK_CLI_PATH="$<TARGET_FILE:fielddesk-cli>")
endif()
# Printing (issue #5, paper archive): layouts, pagination, QR, print log, CLI print.
fielddesk_add_test(tst_print LIBS fielddesk_app)
if(TARGET fielddesk-cli)
    add_dependencies(tst_print fielddesk-cli)
    target_compile_definitions(tst_print PRIVATE FIELDDESK_CLI_PATH="$<TARGET_FILE:fielddesk-cli>")
endif()
# Sync through the shared folder (issue #6): engine, faults, CLI.
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
# Sync in the desktop (issue #6): the conflicts screen's model, the sync status, the recovery sheet.
fielddesk_add_test(tst_conflicttablemodel LIBS fielddesk_app)
fielddesk_add_test(tst_recoverysheet LIBS fielddesk_app)

# People and keys: personal keys, enrolment and the trust chain.
fielddesk_add_test(tst_personalkeys LIBS fielddesk_app)
if(TARGET fielddesk-cli)
    add_dependencies(tst_personalkeys fielddesk-cli)
    target_compile_definitions(tst_personalkeys PRIVATE
        FIELDDESK_CLI_PATH="$<TARGET_FILE:fielddesk-cli>")
endif()
fielddesk_add_test(tst_signaturebinding LIBS fielddesk_app)
