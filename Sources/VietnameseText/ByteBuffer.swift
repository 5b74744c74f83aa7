/// A growable byte buffer for the hot loop of ``TextPass``.
///
/// It skips the uniqueness checks of `Array`. The owner calls ``deallocate()`` exactly once.
struct ByteBuffer {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// The number of bytes written.
  private(set) var count = 0

  /// An empty buffer with room for `capacity` bytes before it grows.
  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
  }

  /// Whether nothing was written.
  var isEmpty: Bool { count == 0 }

  /// The bytes written so far; valid until the next write.
  var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

  /// Appends one byte.
  @inline(__always)
  mutating func append(_ byte: UInt8) {
    if count == capacity { grow(to: count + 1) }
    base[count] = byte
    count &+= 1
  }

  /// Appends bytes.
  @inline(__always)
  mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
    guard let start = source.baseAddress else { return }
    if count + source.count > capacity { grow(to: count + source.count) }
    (base + count).update(from: start, count: source.count)
    count &+= source.count
  }

  /// Appends the UTF-8 encoding of a scalar value.
  @inline(__always)
  mutating func appendUTF8(_ value: UInt32) {
    if count + 4 > capacity { grow(to: count + 4) }
    if value < 0x80 {
      base[count] = UInt8(truncatingIfNeeded: value)
      count &+= 1
    } else if value < 0x800 {
      base[count] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
      base[count &+ 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
      count &+= 2
    } else if value < 0x10000 {
      base[count] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
      base[count &+ 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
      base[count &+ 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
      count &+= 3
    } else {
      base[count] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
      base[count &+ 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
      base[count &+ 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
      base[count &+ 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
      count &+= 4
    }
  }

  /// Forgets everything written from `offset` on.
  mutating func truncate(to offset: Int) {
    count = min(count, max(offset, 0))
  }

  /// The bytes as a string.
  func string() -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  /// Frees the memory.
  func deallocate() {
    base.deallocate()
  }

  private mutating func grow(to needed: Int) {
    let newCapacity = max(needed, capacity * 2)
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.update(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }
}
