# Included by tests/CMakeLists.txt when FIELDDESK_BUILD_GUI is on: the list model and the
# desktop's widgets, driven on the offscreen platform.
fielddesk_add_test(tst_gui_unlock LIBS fielddesk_ui LABELS gui)
# Rebuilding a lost desk from the shared folder and the recovery sheet, from the unlock dialog.
fielddesk_add_test(tst_gui_recoverdesk LIBS fielddesk_ui LABELS gui)
fielddesk_add_test(tst_gui_mainwindow LIBS fielddesk_ui LABELS gui)
fielddesk_add_test(tst_gui_recordeditor LIBS fielddesk_ui LABELS gui)
fielddesk_add_test(tst_gui_taskflow LIBS fielddesk_ui LABELS gui)
fielddesk_add_test(tst_gui_briefing LIBS fielddesk_ui LABELS gui)

# Service report, call-back and know-how library screens.
fielddesk_add_test(tst_gui_closing LIBS fielddesk_ui LABELS gui)
# On site and after: expense claims and the task's closure.
fielddesk_add_test(tst_gui_expenseclaim LIBS fielddesk_ui LABELS gui)
# Daily report (QEF-10-02) and anomaly screens
fielddesk_add_test(tst_gui_dailyreport LIBS fielddesk_ui LABELS gui)
# Signing, locking and paper verification.
fielddesk_add_test(tst_gui_signing LIBS fielddesk_ui LABELS gui)
# Sync in the desktop: two desks, one share folder, conflicts settled in the UI.
fielddesk_add_test(tst_gui_sync LIBS fielddesk_ui LABELS gui)
# Sync › Problems: a set-aside bundle released from the desktop.
fielddesk_add_test(tst_gui_syncproblems LIBS fielddesk_ui LABELS gui)
# Printing: Ctrl+P, batch print dialog.
fielddesk_add_test(tst_gui_print LIBS fielddesk_ui LABELS gui)
# Integration: one task from on site to closed through the screens.
fielddesk_add_test(tst_gui_walk LIBS fielddesk_ui LABELS gui)
# The GUI thread never blocks > 100 ms (quality.md "Speed"), on a scaled ten-year data set.
fielddesk_add_test(tst_gui_watchdog LIBS fielddesk_ui SQLCipher::SQLCipher LABELS gui
    SOURCES bench/TenYearData.cpp bench/TextGenerator.cpp)
# The review stage: KPI dashboard (Qt Charts), drill-down to forms, proactive plan.
fielddesk_add_test(tst_gui_kpi LIBS fielddesk_ui LABELS gui)
