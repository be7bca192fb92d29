package org.packpress.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

/**
 * Runs the web service. The application's main method starts the embedded web server when the first
 * argument is {@code serve}; this command then keeps the process alive until it is stopped.
 */
@Component
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Runs the PackPress web service.")
public class ServeCommand implements Callable<Integer>, TopLevelCommand {

    @Value("${server.port:8080}")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        System.out.println("PackPress is serving on port " + port + " (Ctrl+C stops it)");
        new CountDownLatch(1).await();
        return 0;
    }
}
