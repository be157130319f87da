# Included by tests/CMakeLists.txt when FIELDDESK_BUILD_GUI is on: the list model and the
# desktop's widgets, driven on the offscreen platform.
fielddesk_add_test(tst_gui_unlock LIBS fielddesk_ui LABELS gui)
fielddesk_add_test(tst_gui_mainwindow LIBS fielddesk_ui LABELS gui)
fielddesk_add_test(tst_gui_recordeditor LIBS fielddesk_ui LABELS gui)
fielddesk_add_test(tst_gui_taskflow LIBS fielddesk_ui LABELS gui)
fielddesk_add_test(tst_gui_briefing LIBS fielddesk_ui LABELS gui)
# Printing (issue #5): Ctrl+P, batch print dialog.
fielddesk_add_test(tst_gui_print LIBS fielddesk_ui LABELS gui)
