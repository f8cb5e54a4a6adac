package org.childprotect.cases.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.jspecify.annotations.Nullable;

/**
 * The paper forms met so far in one file, so that a form written twice in the same file is caught even in a dry
 * run, where nothing reaches the database. Open addressing over two {@code long} arrays: 16 bytes per row (about
 * twice that with free slots), some 16 MB for half a million rows, where a map of strings would take hundreds.
 */
final class FileKeys {

	private long[] keys;

	private long[] values;

	private int size;

	FileKeys(long expectedRows) {
		int capacity = Integer.highestOneBit((int) Math.max(16, Math.min(1 << 28, expectedRows * 2)) - 1) << 1;
		this.keys = new long[capacity];
		this.values = new long[capacity];
	}

	/** Where a form was first met in the file, and a digest of its content there. */
	record FirstSeen(int row, int fingerprintCode) {
	}

	/** Remembers the form at this row, unless it was met before: then says where, and keeps the first one. */
	@Nullable FirstSeen putIfAbsent(String district, String formNumber, String fingerprint, int row) {
		long key = hash(district + '\u001f' + formNumber);
		int slot = find(keys, key);
		if (keys[slot] == key) {
			long value = values[slot];
			return new FirstSeen((int) (value >>> 32), (int) value);
		}
		keys[slot] = key;
		values[slot] = ((long) row << 32) | (fingerprintCode(fingerprint) & 0xffffffffL);
		if (++size * 4L > keys.length * 3L) {
			grow();
		}
		return null;
	}

	static int fingerprintCode(String fingerprint) {
		return fingerprint.hashCode();
	}

	private static int find(long[] table, long key) {
		int mask = table.length - 1;
		int slot = (int) (key ^ (key >>> 32)) & mask;
		while (table[slot] != 0 && table[slot] != key) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private void grow() {
		long[] oldKeys = keys;
		long[] oldValues = values;
		keys = new long[oldKeys.length * 2];
		values = new long[oldValues.length * 2];
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != 0) {
				int slot = find(keys, oldKeys[i]);
				keys[slot] = oldKeys[i];
				values[slot] = oldValues[i];
			}
		}
	}

	/**
	 * 64 bits of SHA-256, never 0 (0 marks a free slot). Two forms of one file colliding is out of reach at any
	 * file size we accept.
	 */
	private static long hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			long value = 0;
			for (int i = 0; i < 8; i++) {
				value = (value << 8) | (digest[i] & 0xff);
			}
			return value == 0 ? 1 : value;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", ex);
		}
	}

}
