import PostgresNIO

/// A `timestamptz` bound and read as whole microseconds (see `StoredTime`), so an instant makes
/// the round trip exactly; PostgresNIO's own `Date` coding truncates through a `Double`.
struct PostgresTimestamp: Sendable, PostgresNonThrowingEncodable, PostgresDecodable {
  /// Microseconds since 1970.
  var microseconds: Int64

  init(microseconds: Int64) {
    self.microseconds = microseconds
  }

  /// PostgreSQL counts from 2000-01-01.
  static let epochOffset: Int64 = 946_684_800 * 1_000_000

  static var psqlType: PostgresDataType { .timestamptz }
  static var psqlFormat: PostgresFormat { .binary }

  func encode<JSONEncoder: PostgresJSONEncoder>(
    into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
  ) {
    byteBuffer.writeInteger(microseconds - Self.epochOffset)
  }

  init<JSONDecoder: PostgresJSONDecoder>(
    from buffer: inout ByteBuffer, type: PostgresDataType, format: PostgresFormat,
    context: PostgresDecodingContext<JSONDecoder>
  ) throws {
    guard type == .timestamptz || type == .timestamp, format == .binary,
      buffer.readableBytes == 8, let value = buffer.readInteger(as: Int64.self)
    else { throw PostgresDecodingError.Code.typeMismatch }
    microseconds = value + Self.epochOffset
  }
}
