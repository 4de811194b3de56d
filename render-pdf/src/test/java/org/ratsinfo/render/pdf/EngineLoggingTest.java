package org.ratsinfo.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.ratsinfo.model.Excerpt;

/**
 * openhtmltopdf's logging, which is global to the JVM, is the application's: building and using a
 * renderer leaves openhtmltopdf's logger as the application set it, and {@link
 * PdfRenderer#routeEngineLogging()} routes it to java.util.logging, one level quieter, only when asked.
 */
@Isolated
class EngineLoggingTest {

  /** An application's own logger for openhtmltopdf. */
  private static final class Recording implements XRLogger {
    final List<String> messages = new CopyOnWriteArrayList<>();

    @Override
    public void log(String where, Level level, String msg) {
      messages.add(msg);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
      messages.add(msg);
    }

    @Override
    public void setLevel(String logger, Level level) {}

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
      return true;
    }

    @Override
    public void log(Diagnostic diagnostic) {
      messages.add(diagnostic.getFormattedMessage());
    }
  }

  @Test
  void aRendererLeavesTheApplicationsLoggerInPlace() {
    Excerpt excerpt = Samples.reference(); // Samples itself routes the logging, as the tests' setup
    XRLogger before = XRLog.getLoggerImpl();
    Recording application = new Recording();
    XRLog.setLoggerImpl(application);
    try {
      PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(Locale.GERMANY)).build();
      renderer.warmUp();
      renderer.renderToBytes(renderer.options().layout(excerpt));
      assertSame(application, XRLog.getLoggerImpl(), "openhtmltopdf's logger after a render");
      assertFalse(application.messages.isEmpty(), "openhtmltopdf logged to the application's logger");
    } finally {
      XRLog.setLoggerImpl(before);
    }
  }

  @Test
  void routedOpenhtmltopdfLogsToJavaUtilLoggingOneLevelQuieter() {
    Excerpt excerpt = Samples.reference();
    XRLogger before = XRLog.getLoggerImpl();
    Logger openhtmltopdf = Logger.getLogger("com.openhtmltopdf");
    Level level = openhtmltopdf.getLevel();
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    XRLog.setLoggerImpl(new Recording());
    try {
      PdfRenderer.routeEngineLogging();
      PdfRenderer.routeEngineLogging(); // idempotent
      XRLogger routed = XRLog.getLoggerImpl();
      assertFalse(routed instanceof Recording, "routeEngineLogging replaces the logger");
      openhtmltopdf.setLevel(Level.ALL);
      openhtmltopdf.addHandler(capture);
      PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(Locale.GERMANY)).build();
      renderer.renderToBytes(renderer.options().layout(excerpt));
      assertSame(routed, XRLog.getLoggerImpl());
      assertFalse(records.isEmpty(), "openhtmltopdf's messages reach java.util.logging");
      assertTrue(records.stream().allMatch(r -> r.getLoggerName().startsWith("com.openhtmltopdf.")),
          "under openhtmltopdf's logger names");
      // openhtmltopdf logs its INFO lines and a WARNING for every document: FINER and FINE here.
      assertEquals(List.of(), records.stream()
          .filter(r -> r.getLevel().intValue() >= Level.INFO.intValue())
          .map(LogRecord::getMessage).toList(), "nothing at INFO or above");
    } finally {
      openhtmltopdf.removeHandler(capture);
      openhtmltopdf.setLevel(level);
      XRLog.setLoggerImpl(before);
    }
  }
}
