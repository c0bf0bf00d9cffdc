package org.scfcodes.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.SocketChannel;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.NioEndpoint;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's NIO HTTP/1.1 protocol, with the connections it holds visible, and a check of each accepted connection's
 * source before it takes a slot: what {@link ConnectionPressure} needs.
 */
public class ObservableNioProtocol extends Http11NioProtocol {

	private final GuardedEndpoint endpoint;

	public ObservableNioProtocol() {
		this(new GuardedEndpoint());
	}

	private ObservableNioProtocol(GuardedEndpoint endpoint) {
		super(endpoint);
		this.endpoint = endpoint;
	}

	/** The connections open now (a copy). */
	Set<SocketWrapperBase<NioChannel>> connections() {
		return this.endpoint.getConnections();
	}

	/**
	 * Refuses (closes at once) each accepted connection the test holds to be one too many; the test reads the
	 * source's address ({@link #address}) only when it has to, since it runs on every accept.
	 */
	void refuseWhen(Predicate<SocketChannel> connection) {
		this.endpoint.refuse = connection;
	}

	/** The source address of an accepted connection, as Tomcat gives it to the connection's wrapper. */
	static String address(SocketChannel socket) {
		try {
			SocketAddress remote = socket.getRemoteAddress();
			return (remote instanceof InetSocketAddress inet && inet.getAddress() != null)
					? inet.getAddress().getHostAddress() : "";
		}
		catch (IOException ex) {
			return "";
		}
	}

	/** The endpoint: Tomcat's, with a look at the source address of each connection it accepts. */
	static final class GuardedEndpoint extends NioEndpoint {

		private volatile Predicate<SocketChannel> refuse = (socket) -> false;

		@Override
		protected boolean setSocketOptions(SocketChannel socket) {
			if (this.refuse.test(socket)) {
				// closes it and frees its slot (the acceptor's own close of a refused connection frees only one that
				// has got as far as a socket wrapper, so returning false would leak the slot)
				destroySocket(socket);
				return true;
			}
			return super.setSocketOptions(socket);
		}

	}

}
