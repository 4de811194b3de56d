package org.ratsinfo.render.pdf.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Routes openhtmltopdf's logging to {@link java.util.logging} under openhtmltopdf's own logger names
 * ({@code com.openhtmltopdf.general}, {@code com.openhtmltopdf.load} …), quietly: openhtmltopdf's
 * SEVERE becomes WARNING, its WARNING becomes FINE and everything else FINER or below, so that with the
 * JDK's default configuration (INFO and up on the console) rendering prints nothing unless something is
 * seriously wrong. Unlike openhtmltopdf's own JDK logger, this one leaves the logging configuration
 * (levels, handlers) to the application. Installed only when the application asks for it ({@code
 * PdfRenderer.routeEngineLogging()}), since openhtmltopdf's logger is global to the JVM; through
 * openhtmltopdf's public {@code XRLog} and {@code XRLogger}.
 */
public final class JulXrLogger implements XRLogger {

  private static final JulXrLogger INSTANCE = new JulXrLogger();

  /** Strong references, so that levels an application sets on these loggers are kept. */
  private final Map<String, Logger> loggers = new ConcurrentHashMap<>();

  private JulXrLogger() {}

  /**
   * Makes this openhtmltopdf's logger, for the whole JVM (openhtmltopdf's logging is global). Idempotent.
   */
  public static void install() {
    synchronized (XRLog.class) {
      if (XRLog.getLoggerImpl() != INSTANCE) {
        XRLog.setLoggerImpl(INSTANCE);
      }
    }
    XRLog.setLoggingEnabled(true);
  }

  /**
   * The JDK level an openhtmltopdf level is logged at.
   *
   * @param level openhtmltopdf's level
   * @return the level this logger uses
   */
  static Level quieter(Level level) {
    int value = level.intValue();
    if (value >= Level.SEVERE.intValue()) {
      return Level.WARNING;
    } else if (value >= Level.WARNING.intValue()) {
      return Level.FINE;
    } else if (value >= Level.INFO.intValue()) {
      return Level.FINER;
    }
    return Level.FINEST;
  }

  private Logger logger(String where) {
    Logger logger = loggers.get(where);
    // Not computeIfAbsent(where, Logger::getLogger): a method reference to a caller-sensitive method
    // is linked through a slow path of the JVM, some milliseconds at start-up.
    return logger != null ? logger : loggers.computeIfAbsent(where, name -> Logger.getLogger(name));
  }

  @Override
  public void log(String where, Level level, String msg) {
    logger(where).log(quieter(level), msg);
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    logger(where).log(quieter(level), msg, th);
  }

  /** Does nothing: levels are the application's to configure. */
  @Override
  public void setLevel(String logger, Level level) {
    // The application configures java.util.logging; openhtmltopdf must not.
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    return logger(diagnostic.getLogMessageId().getWhere()).isLoggable(quieter(diagnostic.getLevel()));
  }

  @Override
  public void log(Diagnostic diagnostic) {
    Logger logger = logger(diagnostic.getLogMessageId().getWhere());
    Level level = quieter(diagnostic.getLevel());
    if (!logger.isLoggable(level)) {
      return;
    }
    if (diagnostic.hasError()) {
      logger.log(level, diagnostic.getFormattedMessage(), diagnostic.getError());
    } else {
      logger.log(level, diagnostic.getFormattedMessage());
    }
  }
}
