// stdlib/prelude.rs — the items every Patina program sees without a `use`, as in Rust's
// prelude. It is written in the Patina subset, embedded in the compiler at build time
// (build/stdlib_embed.c), and resolved in a scope outside the user's crate, so a user
// item of the same name shadows it.

// The traits the compiler knows (lang items, by these names in this file): bounds such as
// `T: PartialOrd + Copy` give a type parameter the operators and formatting they name.
// Their methods are built in until `impl` blocks can define them for the primitive types.

/// Types whose values are duplicated by copying their bits.
pub trait Copy: Clone {}
/// Types with an explicit `.clone()`.
pub trait Clone {}
/// `{:?}` formatting: derived, built in for the primitive types, or written by hand.
pub trait Debug {
    fn fmt(&self, f: &mut Formatter) -> FmtResult;
}
/// `{}` formatting: built in for the primitive types, or written by hand.
pub trait Display {
    fn fmt(&self, f: &mut Formatter) -> FmtResult;
}

/// `std::fmt::Formatter`: where a `fmt` method writes, with `write!(f, ...)`, and the options
/// of the placeholder that called it: `{:>8.2}` gives width 8, precision 2, right alignment.
/// The flags are the runtime's bits (rt.h): 4 `+`, 8 `#`, 16 `0`, 32 `-`; alignment in the
/// low two bits. A width or precision of -1 is none. Its lifetime is std's (the borrow of the
/// output it writes to), so that `Formatter<'_>` is written as with rustc.
pub struct Formatter<'a> {
    stream: i32,
    flags: u32,
    fill: char,
    width: i64,
    precision: i64,
}

impl<'a> Formatter<'a> {
    /// Writes `s` as it is, whatever the options.
    pub fn write_str(&mut self, s: &str) -> FmtResult {
        write!(self, "{}", s)
    }
    /// Writes `c` as it is.
    pub fn write_char(&mut self, c: char) -> FmtResult {
        write!(self, "{}", c)
    }
    /// Writes `s` cut to the precision and padded to the width with the fill, aligned as
    /// asked (left by default): what `{}` does with a `&str`.
    pub fn pad(&mut self, s: &str) -> FmtResult {
        Display::fmt(s, self)
    }
    pub fn width(&self) -> Option<usize> {
        if self.width < 0 { None } else { Some(self.width as usize) }
    }
    pub fn precision(&self) -> Option<usize> {
        if self.precision < 0 { None } else { Some(self.precision as usize) }
    }
    pub fn fill(&self) -> char {
        self.fill
    }
    /// `{:#}` / `{:#?}`.
    pub fn alternate(&self) -> bool {
        self.flags & 8 != 0
    }
    pub fn sign_plus(&self) -> bool {
        self.flags & 4 != 0
    }
    pub fn sign_minus(&self) -> bool {
        self.flags & 32 != 0
    }
    pub fn sign_aware_zero_pad(&self) -> bool {
        self.flags & 16 != 0
    }
}

/// `std::fmt::Error`: writing to a Formatter never fails in Patina, but `fmt` returns it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Error;

/// `std::fmt::Result`.
pub type FmtResult = Result<(), Error>;
/// A destructor: `drop` runs when a value of the type dies (its scope ends, it is
/// overwritten, or it is passed to `drop`), before the drops of its fields. Calling it
/// directly is E0040.
pub trait Drop {
    fn drop(&mut self);
}

/// `std::mem::drop`: takes the value, which dies at the end of this fn.
pub fn drop<T>(_x: T) {}

/// `std::mem::replace`: puts `src` in `*dest` and gives back what was there (nothing is
/// dropped). `mem::swap` is built in.
pub fn mem_replace<T>(dest: &mut T, src: T) -> T {
    let mut value = src;
    mem::swap(dest, &mut value);
    value
}

/// `std::mem::take`: leaves the default value in `*dest` and gives back what was there.
pub fn mem_take<T: Default>(dest: &mut T) -> T {
    mem_replace(dest, T::default())
}

/// `std::alloc::Layout`: the size and alignment of a block of memory, for
/// `std::alloc::{alloc, dealloc, realloc}`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    size: usize,
    align: usize,
}

/// The error of a Layout that cannot exist (an alignment that is not a power of two).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayoutError;

impl Layout {
    /// The layout of a T.
    pub fn new<T>() -> Layout {
        Layout { size: size_of::<T>(), align: align_of::<T>() }
    }
    /// The layout of the value t points to (for `dyn Trait`, from its vtable).
    pub fn for_value<T: ?Sized>(t: &T) -> Layout {
        Layout { size: mem::size_of_val(t), align: mem::align_of_val(t) }
    }
    /// The layout of n T's side by side, n known to fit (a Vec's buffer).
    pub fn of_array<T>(n: usize) -> Layout {
        Layout { size: size_of::<T>() * n, align: align_of::<T>() }
    }
    /// The layout of n T's side by side; an error when it would exceed isize::MAX bytes.
    pub fn array<T>(n: usize) -> Result<Layout, LayoutError> {
        match size_of::<T>().checked_mul(n) {
            Some(size) if size <= isize::MAX as usize - (align_of::<T>() - 1) => Ok(Layout { size, align: align_of::<T>() }),
            _ => Err(LayoutError),
        }
    }
    pub fn from_size_align(size: usize, align: usize) -> Result<Layout, LayoutError> {
        if align == 0 || align & (align - 1) != 0 {
            return Err(LayoutError);
        }
        Ok(Layout { size, align })
    }
    pub fn size(&self) -> usize {
        self.size
    }
    pub fn align(&self) -> usize {
        self.align
    }
}

/// `Box<T>`: a T on the heap, owned by the box: dropped, and its memory freed, with it.
/// `Box<dyn Trait>` holds a fat pointer (data and vtable); `Box<T>` coerces to it.
pub struct Box<T> {
    ptr: *mut T,
}

impl<T> Box<T> {
    pub fn new(value: T) -> Box<T> {
        unsafe {
            let p = alloc(Layout::new::<T>()) as *mut T;
            ptr::write(p, value);
            Box { ptr: p }
        }
    }

    /// The box's pointer, the box forgotten: its value is the caller's to free (from_raw).
    pub fn into_raw(b: Box<T>) -> *mut T {
        let p = b.ptr;
        mem::forget(b);
        p
    }

    /// After `*b` moved the value out: the memory goes, nothing is dropped.
    pub fn free_shell(b: Box<T>) {
        unsafe {
            dealloc(b.ptr as *mut u8, Layout::new::<T>());
        }
        mem::forget(b);
    }

    /// A box owning what into_raw gave out.
    pub unsafe fn from_raw(ptr: *mut T) -> Box<T> {
        Box { ptr }
    }
}

/// std's `AsRef<T>` / `AsMut<T>` for Box: the contents borrowed (`Box<dyn Trait>` to `&dyn Trait`).
impl<T: ?Sized> Box<T> {
    pub fn as_ref(&self) -> &T {
        &**self
    }
    pub fn as_mut(&mut self) -> &mut T {
        &mut **self
    }
}

impl<T: ?Sized> Deref for Box<T> {
    type Target = T;
    fn deref(&self) -> &T {
        unsafe { &*self.ptr }
    }
}

impl<T: ?Sized> DerefMut for Box<T> {
    fn deref_mut(&mut self) -> &mut T {
        unsafe { &mut *self.ptr }
    }
}

impl<T: ?Sized> Drop for Box<T> {
    fn drop(&mut self) {
        unsafe {
            let layout = Layout::for_value(&**self);
            ptr::drop_in_place(self.ptr);
            dealloc(self.ptr as *mut u8, layout);
        }
    }
}

impl<T: Display + ?Sized> Display for Box<T> {
    fn fmt(&self, f: &mut Formatter) -> FmtResult {
        Display::fmt(&**self, f)
    }
}

impl<T: Debug + ?Sized> Debug for Box<T> {
    fn fmt(&self, f: &mut Formatter) -> FmtResult {
        Debug::fmt(&**self, f)
    }
}

impl<T: Clone> Clone for Box<T> {
    fn clone(&self) -> Box<T> {
        Box::new((**self).clone())
    }
}

impl<T: PartialEq> PartialEq for Box<T> {
    fn eq(&self, other: &Box<T>) -> bool {
        **self == **other
    }
}

impl<T: Eq> Eq for Box<T> {}

impl<T: PartialOrd> PartialOrd for Box<T> {
    fn partial_cmp(&self, other: &Box<T>) -> Option<Ordering> {
        (**self).partial_cmp(&**other)
    }
}

impl<T: Ord> Ord for Box<T> {
    fn cmp(&self, other: &Box<T>) -> Ordering {
        (**self).cmp(&**other)
    }
}

impl<T: Default> Default for Box<T> {
    fn default() -> Box<T> {
        Box::new(T::default())
    }
}

/// `Vec<T>`: a growable array on the heap. It grows as rustc's does (double, at least 4
/// elements, 8 for bytes), reaches the slice methods through Deref, drops its elements in
/// order, then frees its buffer.
pub struct Vec<T> {
    ptr: *mut T,
    cap: usize,
    len: usize,
}

impl<T> Vec<T> {
    pub fn new() -> Vec<T> {
        Vec { ptr: align_of::<T>() as *mut T, cap: 0, len: 0 }
    }

    pub fn with_capacity(capacity: usize) -> Vec<T> {
        let mut v = Vec::new();
        if capacity > 0 {
            v.grow_to(capacity);
        }
        v
    }

    /// The bytes of a buffer of n T's: "capacity overflow", as rustc's RawVec says, when
    /// they would exceed isize::MAX (so that no size computation below wraps).
    fn buffer_bytes(n: usize) -> usize {
        match size_of::<T>().checked_mul(n) {
            Some(bytes) if bytes <= isize::MAX as usize => bytes,
            _ => panic!("capacity overflow"),
        }
    }

    fn all_zero_bytes(value: &T) -> bool {
        let p = value as *const T as *const u8;
        let mut i = 0;
        while i < size_of::<T>() {
            if unsafe { *p.add(i) } != 0 {
                return false;
            }
            i += 1;
        }
        true
    }

    /// len + additional, or "capacity overflow".
    fn required_len(&self, additional: usize) -> usize {
        match self.len.checked_add(additional) {
            Some(required) => required,
            None => panic!("capacity overflow"),
        }
    }

    fn grow_to(&mut self, new_cap: usize) {
        if size_of::<T>() == 0 {
            self.cap = usize::MAX;
            return;
        }
        let bytes = Vec::<T>::buffer_bytes(new_cap);
        unsafe {
            let p = if self.cap == 0 {
                alloc(Layout::of_array::<T>(new_cap))
            } else {
                realloc(self.ptr as *mut u8, Layout::of_array::<T>(self.cap), bytes)
            };
            self.ptr = p as *mut T;
        }
        self.cap = new_cap;
    }

    fn grow_for(&mut self, additional: usize) {
        let required = self.required_len(additional);
        if required <= self.cap {
            return;
        }
        let mut cap = self.cap * 2;
        if cap < required {
            cap = required;
        }
        let least = if size_of::<T>() == 1 { 8 } else if size_of::<T>() <= 1024 { 4 } else { 1 };
        if cap < least {
            cap = least;
        }
        self.grow_to(cap);
    }

    pub fn reserve(&mut self, additional: usize) {
        self.grow_for(additional);
    }

    pub fn reserve_exact(&mut self, additional: usize) {
        let required = self.required_len(additional);
        if required > self.cap {
            self.grow_to(required);
        }
    }

    pub fn shrink_to_fit(&mut self) {
        if self.cap > self.len && size_of::<T>() > 0 {
            unsafe {
                if self.len == 0 {
                    dealloc(self.ptr as *mut u8, Layout::of_array::<T>(self.cap));
                    self.ptr = align_of::<T>() as *mut T;
                } else {
                    let p = realloc(self.ptr as *mut u8, Layout::of_array::<T>(self.cap), size_of::<T>() * self.len);
                    self.ptr = p as *mut T;
                }
            }
            self.cap = self.len;
        }
    }

    pub fn push(&mut self, value: T) {
        if self.len == self.cap {
            self.grow_for(1);
        }
        unsafe {
            ptr::write(self.ptr.add(self.len), value);
        }
        self.len += 1;
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        unsafe { Some(ptr::read(self.ptr.add(self.len))) }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn capacity(&self) -> usize {
        self.cap
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Drops the elements from len on, in order.
    pub fn truncate(&mut self, len: usize) {
        if len >= self.len {
            return;
        }
        let old = self.len;
        self.len = len;
        let mut i = len;
        while i < old {
            unsafe {
                ptr::drop_in_place(self.ptr.add(i));
            }
            i += 1;
        }
    }

    pub fn clear(&mut self) {
        self.truncate(0);
    }

    pub fn as_slice(&self) -> &[T] {
        unsafe { slice::from_raw_parts(self.ptr, self.len) }
    }

    pub fn as_mut_slice(&mut self) -> &mut [T] {
        unsafe { slice::from_raw_parts_mut(self.ptr, self.len) }
    }

    pub fn as_ptr(&self) -> *const T {
        self.ptr
    }

    pub fn as_mut_ptr(&mut self) -> *mut T {
        self.ptr
    }

    pub fn iter(&self) -> Iter<T> {
        self.as_slice().iter()
    }

    pub fn iter_mut(&mut self) -> IterMut<T> {
        self.as_mut_slice().iter_mut()
    }

    #[track_caller]
    pub fn insert(&mut self, index: usize, value: T) {
        if index > self.len {
            panic!("insertion index (is {}) should be <= len (is {})", index, self.len);
        }
        if self.len == self.cap {
            self.grow_for(1);
        }
        unsafe {
            let p = self.ptr.add(index);
            ptr::copy(p, p.add(1), self.len - index);
            ptr::write(p, value);
        }
        self.len += 1;
    }

    #[track_caller]
    pub fn remove(&mut self, index: usize) -> T {
        if index >= self.len {
            panic!("removal index (is {}) should be < len (is {})", index, self.len);
        }
        unsafe {
            let p = self.ptr.add(index);
            let value = ptr::read(p);
            ptr::copy(p.add(1), p, self.len - index - 1);
            self.len -= 1;
            value
        }
    }

    #[track_caller]
    pub fn swap_remove(&mut self, index: usize) -> T {
        if index >= self.len {
            panic!("swap_remove index (is {}) should be < len (is {})", index, self.len);
        }
        unsafe {
            let p = self.ptr.add(index);
            let value = ptr::read(p);
            self.len -= 1;
            ptr::copy(self.ptr.add(self.len), p, 1);
            value
        }
    }

    /// Moves every element of other to the end of self, leaving other empty.
    pub fn append(&mut self, other: &mut Vec<T>) {
        self.reserve(other.len);
        let mut i = 0;
        while i < other.len {
            unsafe {
                self.push(ptr::read(other.ptr.add(i)));
            }
            i += 1;
        }
        other.len = 0;
    }

    /// The elements from `at` on, moved to a new Vec.
    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> Vec<T> {
        if at > self.len {
            panic!("`at` split index (is {}) should be <= len (is {})", at, self.len);
        }
        let mut tail = Vec::with_capacity(self.len - at);
        let mut i = at;
        while i < self.len {
            unsafe {
                tail.push(ptr::read(self.ptr.add(i)));
            }
            i += 1;
        }
        self.len = at;
        tail
    }

    /// Keeps the elements f accepts, in order; drops the others.
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        let n = self.len;
        self.len = 0;
        let mut kept = 0;
        let mut i = 0;
        while i < n {
            unsafe {
                let p = self.ptr.add(i);
                if f(&*p) {
                    if kept != i {
                        ptr::copy_nonoverlapping(p, self.ptr.add(kept), 1);
                    }
                    kept += 1;
                } else {
                    ptr::drop_in_place(p);
                }
            }
            i += 1;
        }
        self.len = kept;
    }

    /// Removes consecutive repeated elements.
    pub fn dedup(&mut self)
    where
        T: PartialEq,
    {
        if self.len < 2 {
            return;
        }
        let n = self.len;
        let mut kept = 1;
        let mut i = 1;
        while i < n {
            unsafe {
                let p = self.ptr.add(i);
                if *p == *self.ptr.add(kept - 1) {
                    ptr::drop_in_place(p);
                } else {
                    if kept != i {
                        ptr::copy_nonoverlapping(p, self.ptr.add(kept), 1);
                    }
                    kept += 1;
                }
            }
            i += 1;
        }
        self.len = kept;
    }
}

/// Vec's methods that clone its elements.
impl<T: Clone> Vec<T> {
    /// `vec![elem; n]`: n - 1 clones, then elem itself; for a zero integer, float, bool or
    /// char (whose clone is a copy of its bytes), zeroed memory, which the allocator gets
    /// from fresh pages without writing it, as rustc's IsZero specialisation does.
    pub fn from_elem(elem: T, n: usize) -> Vec<T> {
        if intrinsics::is_scalar::<T>() && n > 0 && Vec::<T>::all_zero_bytes(&elem) {
            Vec::<T>::buffer_bytes(n);
            let p = unsafe { alloc_zeroed(Layout::of_array::<T>(n)) };
            return Vec { ptr: p as *mut T, cap: n, len: n };
        }
        let mut v = Vec::with_capacity(n);
        if n > 0 {
            let mut i = 1;
            while i < n {
                v.push(elem.clone());
                i += 1;
            }
            v.push(elem);
        }
        v
    }

    pub fn extend_from_slice(&mut self, other: &[T]) {
        for x in other {
            self.push(x.clone());
        }
    }
}

impl<T> Drop for Vec<T> {
    fn drop(&mut self) {
        let mut i = 0;
        while i < self.len && mem::needs_drop::<T>() {
            unsafe {
                ptr::drop_in_place(self.ptr.add(i));
            }
            i += 1;
        }
        if self.cap > 0 && size_of::<T>() > 0 {
            unsafe {
                dealloc(self.ptr as *mut u8, Layout::of_array::<T>(self.cap));
            }
        }
    }
}

impl<T> Deref for Vec<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> DerefMut for Vec<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}

impl<T: Debug> Debug for Vec<T> {
    fn fmt(&self, f: &mut Formatter) -> FmtResult {
        Debug::fmt(self.as_slice(), f)
    }
}

impl<T: Clone> Clone for Vec<T> {
    fn clone(&self) -> Vec<T> {
        let mut v = Vec::with_capacity(self.len);
        for x in self.iter() {
            v.push(x.clone());
        }
        v
    }
}

impl<T: PartialEq> PartialEq for Vec<T> {
    fn eq(&self, other: &Vec<T>) -> bool {
        if self.len != other.len {
            return false;
        }
        let mut i = 0;
        while i < self.len {
            if self.as_slice()[i] != other.as_slice()[i] {
                return false;
            }
            i += 1;
        }
        true
    }
}

impl<T: Eq> Eq for Vec<T> {}

/// Vecs order lexicographically: the first differing element decides, else the shorter
/// is less.
impl<T: PartialOrd> PartialOrd for Vec<T> {
    fn partial_cmp(&self, other: &Vec<T>) -> Option<Ordering> {
        let mut i = 0;
        while i < self.len && i < other.len {
            match self.as_slice()[i].partial_cmp(&other.as_slice()[i]) {
                Some(Ordering::Equal) => {}
                decided => return decided,
            }
            i += 1;
        }
        Some(self.len.cmp(&other.len))
    }
}

impl<T: Ord> Ord for Vec<T> {
    fn cmp(&self, other: &Vec<T>) -> Ordering {
        let mut i = 0;
        while i < self.len && i < other.len {
            match self.as_slice()[i].cmp(&other.as_slice()[i]) {
                Ordering::Equal => {}
                decided => return decided,
            }
            i += 1;
        }
        self.len.cmp(&other.len)
    }
}

impl<T> Default for Vec<T> {
    fn default() -> Vec<T> {
        Vec::new()
    }
}

/// `for x in v` over a Vec by value: the elements move out one by one; those left when
/// the loop ends early are dropped with the buffer.
pub struct IntoIter<T> {
    buf: *mut T,
    cap: usize,
    pos: usize,
    len: usize,
}

impl<T> IntoIter<T> {
    /// `for x in array` by value: the loop's copy of the array, read in place and never
    /// freed (cap 0), its elements owned by the iterator.
    pub fn over_array(first: *mut T, len: usize) -> IntoIter<T> {
        IntoIter { buf: first, cap: 0, pos: 0, len: len }
    }

    /// `array.into_iter()`: the elements moved to a buffer of their own, so the iterator
    /// may outlive the array's place.
    pub fn from_array(first: *const T, len: usize) -> IntoIter<T> {
        if len == 0 || size_of::<T>() == 0 {
            return IntoIter { buf: first as *mut T, cap: 0, pos: 0, len: len };
        }
        let buf = unsafe { alloc(Layout::of_array::<T>(len)) } as *mut T;
        unsafe { ptr::copy_nonoverlapping(first, buf, len) };
        IntoIter { buf: buf, cap: len, pos: 0, len: len }
    }
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if self.pos < self.len {
            let value = unsafe { ptr::read(self.buf.add(self.pos)) };
            self.pos += 1;
            Some(value)
        } else {
            None
        }
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        if self.pos < self.len {
            self.len -= 1;
            unsafe { Some(ptr::read(self.buf.add(self.len))) }
        } else {
            None
        }
    }
}

impl<T> Drop for IntoIter<T> {
    fn drop(&mut self) {
        while self.pos < self.len {
            unsafe {
                ptr::drop_in_place(self.buf.add(self.pos));
            }
            self.pos += 1;
        }
        if self.cap > 0 && size_of::<T>() > 0 {
            unsafe {
                dealloc(self.buf as *mut u8, Layout::of_array::<T>(self.cap));
            }
        }
    }
}

impl<T> IntoIterator for Vec<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        let it = IntoIter { buf: self.ptr, cap: self.cap, pos: 0, len: self.len };
        mem::forget(self);
        it
    }
}

impl<'a, T> IntoIterator for &'a Vec<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T> IntoIterator for &'a mut Vec<T> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}

/// `String`: UTF-8 text on the heap, owned; a Vec<u8> that always holds whole characters.
pub struct String {
    vec: Vec<u8>,
}

impl String {
    pub fn new() -> String {
        String { vec: Vec::new() }
    }

    pub fn with_capacity(capacity: usize) -> String {
        String { vec: Vec::with_capacity(capacity) }
    }

    /// `format!`'s result: the bytes the runtime gathered for the in-memory stream `id`.
    pub fn from_sink(id: i32) -> String {
        let mut len = 0;
        let mut cap = 0;
        let p = unsafe { intrinsics::sink_take(id, &mut len, &mut cap) };
        String { vec: Vec { ptr: p, cap, len } }
    }

    /// `write!(s, ...)`: appends what was written to the in-memory stream `id`.
    pub fn push_sink(&mut self, id: i32) {
        let written = String::from_sink(id);
        self.push_str(written.as_str());
    }

    pub fn len(&self) -> usize {
        self.vec.len()
    }

    pub fn is_empty(&self) -> bool {
        self.vec.len() == 0
    }

    pub fn capacity(&self) -> usize {
        self.vec.capacity()
    }

    pub fn as_str(&self) -> &str {
        unsafe { str::from_utf8_unchecked(self.vec.as_slice()) }
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.vec.as_slice()
    }

    pub fn push_str(&mut self, s: &str) {
        let bytes = s.as_bytes();
        self.vec.reserve(bytes.len());
        for b in bytes {
            self.vec.push(*b);
        }
    }

    /// Appends c's UTF-8 encoding (1 to 4 bytes).
    pub fn push(&mut self, c: char) {
        let code = c as u32;
        if code < 0x80 {
            self.vec.push(code as u8);
        } else if code < 0x800 {
            self.vec.push((0xC0 | (code >> 6)) as u8);
            self.vec.push((0x80 | (code & 0x3F)) as u8);
        } else if code < 0x10000 {
            self.vec.push((0xE0 | (code >> 12)) as u8);
            self.vec.push((0x80 | ((code >> 6) & 0x3F)) as u8);
            self.vec.push((0x80 | (code & 0x3F)) as u8);
        } else {
            self.vec.push((0xF0 | (code >> 18)) as u8);
            self.vec.push((0x80 | ((code >> 12) & 0x3F)) as u8);
            self.vec.push((0x80 | ((code >> 6) & 0x3F)) as u8);
            self.vec.push((0x80 | (code & 0x3F)) as u8);
        }
    }

    pub fn pop(&mut self) -> Option<char> {
        let c = self.as_str().chars().next_back()?;
        let n = self.vec.len() - c.len_utf8();
        self.vec.truncate(n);
        Some(c)
    }

    pub fn clear(&mut self) {
        self.vec.clear();
    }

    /// Shortens to new_len bytes (nothing if it is longer); panics inside a char.
    pub fn truncate(&mut self, new_len: usize) {
        if new_len <= self.len() {
            assert!(self.as_str().is_char_boundary(new_len));
            self.vec.truncate(new_len);
        }
    }

    /// Inserts c at byte idx; panics if idx is not a char boundary.
    pub fn insert(&mut self, idx: usize, c: char) {
        assert!(self.as_str().is_char_boundary(idx));
        let mut piece = String::new();
        piece.push(c);
        self.insert_str(idx, piece.as_str());
    }

    /// Inserts s at byte idx; panics if idx is not a char boundary.
    pub fn insert_str(&mut self, idx: usize, s: &str) {
        assert!(self.as_str().is_char_boundary(idx));
        let tail = String::from(&self.as_str()[idx..]);
        self.vec.truncate(idx);
        self.push_str(s);
        self.push_str(tail.as_str());
    }

    /// Removes and gives back the char at byte idx.
    pub fn remove(&mut self, idx: usize) -> char {
        let rest = &self.as_str()[idx..];
        let mut chars = rest.chars();
        let c = match chars.next() {
            Some(c) => c,
            None => panic!("cannot remove a char from the end of a string"),
        };
        let tail = String::from(&self.as_str()[idx + c.len_utf8()..]);
        self.vec.truncate(idx);
        self.push_str(tail.as_str());
        c
    }

    /// Keeps the chars for which f is true, in order.
    pub fn retain<F: FnMut(char) -> bool>(&mut self, mut f: F) {
        let old = mem_take(self);
        for c in old.chars() {
            if f(c) {
                self.push(c);
            }
        }
    }

    /// The bytes, as a Vec (without copying).
    pub fn into_bytes(self) -> Vec<u8> {
        let mut me = self;
        mem_take(&mut me.vec)
    }

    pub fn reserve(&mut self, additional: usize) {
        self.vec.reserve(additional);
    }
}

impl Deref for String {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl Display for String {
    fn fmt(&self, f: &mut Formatter) -> FmtResult {
        Display::fmt(self.as_str(), f)
    }
}

impl Debug for String {
    fn fmt(&self, f: &mut Formatter) -> FmtResult {
        Debug::fmt(self.as_str(), f)
    }
}

impl Clone for String {
    fn clone(&self) -> String {
        String { vec: self.vec.clone() }
    }
}

impl PartialEq for String {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for String {}

/// Strings order as their bytes do (which is the order of their chars).
impl PartialOrd for String {
    fn partial_cmp(&self, other: &String) -> Option<Ordering> {
        Some(self.as_str().cmp(other.as_str()))
    }
}

impl Ord for String {
    fn cmp(&self, other: &String) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl PartialEq<str> for String {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for String {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Default for String {
    fn default() -> String {
        String::new()
    }
}

impl Add<&str> for String {
    type Output = String;
    fn add(self, s: &str) -> String {
        let mut out = self;
        out.push_str(s);
        out
    }
}

impl AddAssign<&str> for String {
    fn add_assign(&mut self, s: &str) {
        self.push_str(s);
    }
}

impl From<&str> for String {
    fn from(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        out.push_str(s);
        out
    }
}

impl From<char> for String {
    fn from(c: char) -> String {
        let mut out = String::new();
        out.push(c);
        out
    }
}

/// `str`'s methods (on `&str` and, through Deref, on String).
pub trait StrMethods {
    fn chars(&self) -> Chars;
    fn char_indices(&self) -> CharIndices;
    fn bytes(&self) -> Bytes;
    fn to_string(&self) -> String;
    fn to_owned(&self) -> String;
    fn contains<P: Pattern>(&self, pat: P) -> bool;
    fn starts_with<P: Pattern>(&self, pat: P) -> bool;
    fn ends_with<P: Pattern>(&self, pat: P) -> bool;
    fn find<P: Pattern>(&self, pat: P) -> Option<usize>;
    fn rfind<P: Pattern>(&self, pat: P) -> Option<usize>;
    fn trim(&self) -> &str;
    fn trim_start(&self) -> &str;
    fn trim_end(&self) -> &str;
    fn trim_matches<P: Pattern>(&self, pat: P) -> &str;
    fn trim_start_matches<P: Pattern>(&self, pat: P) -> &str;
    fn trim_end_matches<P: Pattern>(&self, pat: P) -> &str;
    fn strip_prefix<P: Pattern>(&self, pat: P) -> Option<&str>;
    fn strip_suffix<P: Pattern>(&self, pat: P) -> Option<&str>;
    fn split_whitespace(&self) -> SplitWhitespace;
    fn lines(&self) -> Lines;
    fn to_uppercase(&self) -> String;
    fn to_lowercase(&self) -> String;
    fn repeat(&self, n: usize) -> String;
    fn replace<P: Pattern>(&self, from: P, to: &str) -> String;
    fn replacen<P: Pattern>(&self, from: P, to: &str, count: usize) -> String;
    fn split<P: Pattern>(&self, pat: P) -> Split<P>;
    fn splitn<P: Pattern>(&self, n: usize, pat: P) -> SplitN<P>;
    fn split_terminator<P: Pattern>(&self, pat: P) -> SplitTerminator<P>;
    fn split_once<P: Pattern>(&self, pat: P) -> Option<(&str, &str)>;
    fn rsplit_once<P: Pattern>(&self, pat: P) -> Option<(&str, &str)>;
    fn matches<P: Pattern>(&self, pat: P) -> Matches<P>;
    fn match_indices<P: Pattern>(&self, pat: P) -> MatchIndices<P>;
    fn is_char_boundary(&self, index: usize) -> bool;
    fn split_at(&self, mid: usize) -> (&str, &str);
    fn get(&self, range: Range<usize>) -> Option<&str>;
    fn eq_ignore_ascii_case(&self, other: &str) -> bool;
    fn to_ascii_uppercase(&self) -> String;
    fn to_ascii_lowercase(&self) -> String;
    fn parse<F: FromStr>(&self) -> Result<F, F::Err>;
}

/// What the str searches (`find`, `split`, `replace`, `trim_matches`, ...) look for: a
/// `char`, a `&str`, a `&String`, or a closure `|c: char| -> bool` (rustc's `Pattern`).
pub trait Pattern {
    /// The length in bytes of a match starting at byte `at` (a char boundary) of `s`.
    fn match_at(&mut self, s: &str, at: usize) -> Option<usize>;
    /// The length in bytes of a match ending at byte `end` (a char boundary) of `s`.
    fn match_end(&mut self, s: &str, end: usize) -> Option<usize>;
}

/// The char that starts at byte `at` of s (a char boundary before its end).
fn char_at(s: &str, at: usize) -> char {
    let mut it = Chars { bytes: s.as_bytes(), front: at, back: s.len() };
    it.next().unwrap()
}

/// The char that ends at byte `end` of s (a char boundary after its start).
fn char_before(s: &str, end: usize) -> char {
    let mut it = Chars { bytes: s.as_bytes(), front: 0, back: end };
    it.next_back().unwrap()
}

/// Whether the bytes of p are in s from byte at on.
fn bytes_at(s: &[u8], at: usize, p: &[u8]) -> bool {
    if at + p.len() > s.len() {
        return false;
    }
    let mut i = 0;
    while i < p.len() {
        if s[at + i] != p[i] {
            return false;
        }
        i += 1;
    }
    true
}

fn str_match_at(s: &str, at: usize, p: &str) -> Option<usize> {
    if bytes_at(s.as_bytes(), at, p.as_bytes()) { Some(p.len()) } else { None }
}

fn str_match_end(s: &str, end: usize, p: &str) -> Option<usize> {
    if p.len() <= end && bytes_at(s.as_bytes(), end - p.len(), p.as_bytes()) { Some(p.len()) } else { None }
}

impl Pattern for char {
    fn match_at(&mut self, s: &str, at: usize) -> Option<usize> {
        if at < s.len() && char_at(s, at) == *self { Some(self.len_utf8()) } else { None }
    }
    fn match_end(&mut self, s: &str, end: usize) -> Option<usize> {
        if end > 0 && char_before(s, end) == *self { Some(self.len_utf8()) } else { None }
    }
}

impl<'p> Pattern for &'p str {
    fn match_at(&mut self, s: &str, at: usize) -> Option<usize> {
        str_match_at(s, at, *self)
    }
    fn match_end(&mut self, s: &str, end: usize) -> Option<usize> {
        str_match_end(s, end, *self)
    }
}

impl<'p> Pattern for &'p String {
    fn match_at(&mut self, s: &str, at: usize) -> Option<usize> {
        str_match_at(s, at, self.as_str())
    }
    fn match_end(&mut self, s: &str, end: usize) -> Option<usize> {
        str_match_end(s, end, self.as_str())
    }
}

impl<'p> Pattern for &'p &'p str {
    fn match_at(&mut self, s: &str, at: usize) -> Option<usize> {
        str_match_at(s, at, **self)
    }
    fn match_end(&mut self, s: &str, end: usize) -> Option<usize> {
        str_match_end(s, end, **self)
    }
}

impl<F: FnMut(char) -> bool> Pattern for F {
    fn match_at(&mut self, s: &str, at: usize) -> Option<usize> {
        if at >= s.len() {
            return None;
        }
        let c = char_at(s, at);
        if (*self)(c) { Some(c.len_utf8()) } else { None }
    }
    fn match_end(&mut self, s: &str, end: usize) -> Option<usize> {
        if end == 0 {
            return None;
        }
        let c = char_before(s, end);
        if (*self)(c) { Some(c.len_utf8()) } else { None }
    }
}

/// The byte length of the char that starts with byte b.
fn utf8_width(b: u8) -> usize {
    if b < 0x80 { 1 } else if b < 0xE0 { 2 } else if b < 0xF0 { 3 } else { 4 }
}

/// The first match of pat in s at or after byte `from` (a char boundary): its start and
/// length. An empty pattern matches at every char boundary, the end included.
fn next_match<P: Pattern>(s: &str, pat: &mut P, from: usize) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    let mut at = from;
    while at <= b.len() {
        if let Some(n) = pat.match_at(s, at) {
            return Some((at, n));
        }
        if at == b.len() {
            break;
        }
        at += utf8_width(b[at]);
    }
    None
}

/// The last match of pat in s that starts at or before byte `to`.
fn prev_match<P: Pattern>(s: &str, pat: &mut P, to: usize) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    let mut at = to;
    loop {
        if let Some(n) = pat.match_at(s, at) {
            return Some((at, n));
        }
        if at == 0 {
            return None;
        }
        at -= 1;
        while at > 0 && (b[at] & 0xC0) == 0x80 {
            at -= 1;
        }
    }
}

/// Where the search resumes after a match at `at` of length n (past an empty match, the
/// next char boundary; None at the end).
fn after_match(s: &str, at: usize, n: usize) -> Option<usize> {
    if n > 0 {
        Some(at + n)
    } else if at < s.len() {
        Some(at + utf8_width(s.as_bytes()[at]))
    } else {
        None
    }
}

/// `s.split(pat)`: the pieces between the matches of pat (empty ones included).
pub struct Split<'a, P> {
    s: &'a str,
    start: usize,
    search: Option<usize>,
    pat: P,
    done: bool,
}

impl<'a, P: Pattern> Iterator for Split<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        if self.done {
            return None;
        }
        if let Some(from) = self.search {
            if let Some((at, n)) = next_match(self.s, &mut self.pat, from) {
                let piece = &self.s[self.start..at];
                self.start = at + n;
                self.search = after_match(self.s, at, n);
                return Some(piece);
            }
        }
        self.done = true;
        Some(&self.s[self.start..])
    }
}

/// `s.splitn(n, pat)`: at most n pieces, the last one the rest of s.
pub struct SplitN<'a, P> {
    split: Split<'a, P>,
    left: usize,
}

impl<'a, P: Pattern> Iterator for SplitN<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        if self.left == 0 {
            if self.split.done {
                return None;
            }
            self.split.done = true;
            return Some(&self.split.s[self.split.start..]);
        }
        self.split.next()
    }
}

/// `s.split_terminator(pat)`: split, without the empty piece after a final match.
pub struct SplitTerminator<'a, P> {
    split: Split<'a, P>,
}

impl<'a, P: Pattern> Iterator for SplitTerminator<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let piece = self.split.next()?;
        if self.split.done && piece.len() == 0 {
            return None;
        }
        Some(piece)
    }
}

/// `s.match_indices(pat)`: each match with its byte index.
pub struct MatchIndices<'a, P> {
    s: &'a str,
    search: Option<usize>,
    pat: P,
}

impl<'a, P: Pattern> Iterator for MatchIndices<'a, P> {
    type Item = (usize, &'a str);
    fn next(&mut self) -> Option<(usize, &'a str)> {
        let from = self.search?;
        match next_match(self.s, &mut self.pat, from) {
            Some((at, n)) => {
                self.search = after_match(self.s, at, n);
                Some((at, &self.s[at..at + n]))
            }
            None => {
                self.search = None;
                None
            }
        }
    }
}

/// `s.matches(pat)`: the matched pieces of s.
pub struct Matches<'a, P> {
    inner: MatchIndices<'a, P>,
}

impl<'a, P: Pattern> Iterator for Matches<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let (_, piece) = self.inner.next()?;
        Some(piece)
    }
}

/// `to_uppercase`'s one-char mappings, as runs: 16 bytes each, the first and last char of
/// the run (5 hex digits each), the first's mapping, and 1 or 2: every char, or every other.
const CASE_UPPER_RUNS: &str = "000610007a000411000b5000b50039c1000e0000f6000c01000f8000fe000d81000ff000ff001781\
    001010012f001002001310013100049100133001370013220013a001480013920014b001770014a2\
    0017a0017e0017920017f0017f000531001800018000243100183001850018220018800188001871\
    0018c0018c0018b100192001920019110019500195001f6100199001990019810019a0019a0023d1\
    0019b0019b0a7dc10019e0019e002201001a1001a5001a02001a8001a8001a71001ad001ad001ac1\
    001b0001b0001af1001b4001b6001b32001b9001b9001b81001bd001bd001bc1001bf001bf001f71\
    001c5001c5001c41001c6001c6001c41001c8001c8001c71001c9001c9001c71001cb001cb001ca1\
    001cc001cc001ca1001ce001dc001cd2001dd001dd0018e1001df001ef001de2001f2001f2001f11\
    001f3001f3001f11001f5001f5001f41001f90021f001f8200223002330022220023c0023c0023b1\
    0023f0024002c7e10024200242002411002470024f002462002500025002c6f1002510025102c6d1\
    002520025202c70100253002530018110025400254001861002560025700189100259002590018f1\
    0025b0025b0019010025c0025c0a7ab1002600026000193100261002610a7ac10026300263001941\
    00264002640a7cb100265002650a78d100266002660a7aa100268002680019710026900269001961\
    0026a0026a0a7ae10026b0026b02c6210026c0026c0a7ad10026f0026f0019c1002710027102c6e1\
    00272002720019d100275002750019f10027d0027d02c6410028000280001a6100282002820a7c51\
    0028300283001a9100287002870a7b110028800288001ae100289002890024410028a0028b001b11\
    0028c0028c0024510029200292001b710029d0029d0a7b210029e0029e0a7b010034500345003991\
    003710037300370200377003770037610037b0037d003fd1003ac003ac003861003ad003af003881\
    003b1003c1003911003c2003c2003a31003c3003cb003a31003cc003cc0038c1003cd003ce0038e1\
    003d0003d0003921003d1003d1003981003d5003d5003a61003d6003d6003a01003d7003d7003cf1\
    003d9003ef003d82003f0003f00039a1003f1003f1003a11003f2003f2003f91003f3003f30037f1\
    003f5003f5003951003f8003f8003f71003fb003fb003fa1004300044f004101004500045f004001\
    00461004810046020048b004bf0048a2004c2004ce004c12004cf004cf004c01004d10052f004d02\
    0056100586005311010d0010fa01c901010fd010ff01cbd1013f8013fd013f0101c8001c80004121\
    01c8101c8100414101c8201c820041e101c8301c8400421101c8501c8500422101c8601c860042a1\
    01c8701c8700462101c8801c880a64a101c8a01c8a01c89101d7901d790a77d101d7d01d7d02c631\
    01d8e01d8e0a7c6101e0101e9501e00201e9b01e9b01e60101ea101eff01ea0201f0001f0701f081\
    01f1001f1501f18101f2001f2701f28101f3001f3701f38101f4001f4501f48101f5101f5701f592\
    01f6001f6701f68101f7001f7101fba101f7201f7501fc8101f7601f7701fda101f7801f7901ff81\
    01f7a01f7b01fea101f7c01f7d01ffa101fb001fb101fb8101fbe01fbe00399101fd001fd101fd81\
    01fe001fe101fe8101fe501fe501fec10214e0214e021321021700217f0216010218402184021831\
    024d0024e9024b6102c3002c5f02c00102c6102c6102c60102c6502c650023a102c6602c660023e1\
    02c6802c6c02c67202c7302c7302c72102c7602c7602c75102c8102ce302c80202cec02cee02ceb2\
    02cf302cf302cf2102d0002d25010a0102d2702d27010c7102d2d02d2d010cd10a6410a66d0a6402\
    0a6810a69b0a68020a7230a72f0a72220a7330a76f0a73220a77a0a77c0a77920a77f0a7870a77e2\
    0a78c0a78c0a78b10a7910a7930a79020a7940a7940a7c410a7970a7a90a79620a7b50a7c30a7b42\
    0a7c80a7ca0a7c720a7cd0a7db0a7cc20a7f60a7f60a7f510ab530ab530a7b310ab700abbf013a01\
    0ff410ff5a0ff211104281044f104001104d8104fb104b0110597105a1105701105a3105b11057c1\
    105b3105b91058c1105bb105bc10594110cc010cf210c80110d7010d8510d501118c0118df118a01\
    16e6016e7f16e40116ebb16ed316ea011e9221e9431e9001";

/// `to_uppercase`'s mappings to several chars: 20 bytes each, the char and its up to three.
const CASE_UPPER_MULTI: &str = "000df00053000530000000149002bc0004e00000001f00004a0030c0000000390003990030800301\
    003b0003a500308003010058700535005520000001e9600048003310000001e97000540030800000\
    01e98000570030a0000001e99000590030a0000001e9a00041002be0000001f50003a50031300000\
    01f52003a5003130030001f54003a5003130030101f56003a5003130034201f8001f080039900000\
    01f8101f09003990000001f8201f0a003990000001f8301f0b003990000001f8401f0c0039900000\
    01f8501f0d003990000001f8601f0e003990000001f8701f0f003990000001f8801f080039900000\
    01f8901f09003990000001f8a01f0a003990000001f8b01f0b003990000001f8c01f0c0039900000\
    01f8d01f0d003990000001f8e01f0e003990000001f8f01f0f003990000001f9001f280039900000\
    01f9101f29003990000001f9201f2a003990000001f9301f2b003990000001f9401f2c0039900000\
    01f9501f2d003990000001f9601f2e003990000001f9701f2f003990000001f9801f280039900000\
    01f9901f29003990000001f9a01f2a003990000001f9b01f2b003990000001f9c01f2c0039900000\
    01f9d01f2d003990000001f9e01f2e003990000001f9f01f2f003990000001fa001f680039900000\
    01fa101f69003990000001fa201f6a003990000001fa301f6b003990000001fa401f6c0039900000\
    01fa501f6d003990000001fa601f6e003990000001fa701f6f003990000001fa801f680039900000\
    01fa901f69003990000001faa01f6a003990000001fab01f6b003990000001fac01f6c0039900000\
    01fad01f6d003990000001fae01f6e003990000001faf01f6f003990000001fb201fba0039900000\
    01fb300391003990000001fb400386003990000001fb600391003420000001fb7003910034200399\
    01fbc00391003990000001fc201fca003990000001fc300397003990000001fc4003890039900000\
    01fc600397003420000001fc700397003420039901fcc00397003990000001fd2003990030800300\
    01fd300399003080030101fd600399003420000001fd700399003080034201fe2003a50030800300\
    01fe3003a5003080030101fe4003a1003130000001fe6003a5003420000001fe7003a50030800342\
    01ff201ffa003990000001ff3003a9003990000001ff40038f003990000001ff6003a90034200000\
    01ff7003a9003420039901ffc003a900399000000fb000004600046000000fb01000460004900000\
    0fb02000460004c000000fb030004600046000490fb0400046000460004c0fb05000530005400000\
    0fb060005300054000000fb130054400546000000fb140054400535000000fb15005440053b00000\
    0fb160054e00546000000fb17005440053d00000";

/// `to_lowercase`'s one-char mappings, as runs: 16 bytes each, the first and last char of
/// the run (5 hex digits each), the first's mapping, and 1 or 2: every char, or every other.
const CASE_LOWER_RUNS: &str = "000410005a000611000c0000d6000e01000d8000de000f81001000012e0010120013200136001332\
    00139001470013a20014a001760014b20017800178000ff1001790017d0017a20018100181002531\
    001820018400183200186001860025410018700187001881001890018a0025610018b0018b0018c1\
    0018e0018e001dd10018f0018f00259100190001900025b100191001910019210019300193002601\
    00194001940026310019600196002691001970019700268100198001980019910019c0019c0026f1\
    0019d0019d0027210019f0019f002751001a0001a4001a12001a6001a6002801001a7001a7001a81\
    001a9001a9002831001ac001ac001ad1001ae001ae002881001af001af001b01001b1001b20028a1\
    001b3001b5001b42001b7001b7002921001b8001b8001b91001bc001bc001bd1001c4001c4001c61\
    001c5001c5001c61001c7001c7001c91001c8001c8001c91001ca001ca001cc1001cb001db001cc2\
    001de001ee001df2001f1001f1001f31001f2001f4001f32001f6001f6001951001f7001f7001bf1\
    001f80021e001f9200220002200019e100222002320022320023a0023a02c6510023b0023b0023c1\
    0023d0023d0019a10023e0023e02c661002410024100242100243002430018010024400244002891\
    00245002450028c1002460024e002472003700037200371200376003760037710037f0037f003f31\
    0038600386003ac1003880038a003ad10038c0038c003cc10038e0038f003cd100391003a1003b11\
    003a3003ab003c31003cf003cf003d71003d8003ee003d92003f4003f4003b81003f7003f7003f81\
    003f9003f9003f21003fa003fa003fb1003fd003ff0037b1004000040f004501004100042f004301\
    00460004800046120048a004be0048b2004c0004c0004cf1004c1004cd004c22004d00052e004d12\
    0053100556005611010a0010c502d001010c7010c702d271010cd010cd02d2d1013a0013ef0ab701\
    013f0013f5013f8101c8901c8901c8a101c9001cba010d0101cbd01cbf010fd101e0001e9401e012\
    01e9e01e9e000df101ea001efe01ea1201f0801f0f01f00101f1801f1d01f10101f2801f2f01f201\
    01f3801f3f01f30101f4801f4d01f40101f5901f5f01f51201f6801f6f01f60101f8801f8f01f801\
    01f9801f9f01f90101fa801faf01fa0101fb801fb901fb0101fba01fbb01f70101fbc01fbc01fb31\
    01fc801fcb01f72101fcc01fcc01fc3101fd801fd901fd0101fda01fdb01f76101fe801fe901fe01\
    01fea01feb01f7a101fec01fec01fe5101ff801ff901f78101ffa01ffb01f7c101ffc01ffc01ff31\
    0212602126003c910212a0212a0006b10212b0212b000e5102132021320214e1021600216f021701\
    0218302183021841024b6024cf024d0102c0002c2f02c30102c6002c6002c61102c6202c620026b1\
    02c6302c6301d7d102c6402c640027d102c6702c6b02c68202c6d02c6d00251102c6e02c6e002711\
    02c6f02c6f00250102c7002c7000252102c7202c7202c73102c7502c7502c76102c7e02c7f0023f1\
    02c8002ce202c81202ceb02ced02cec202cf202cf202cf310a6400a66c0a64120a6800a69a0a6812\
    0a7220a72e0a72320a7320a76e0a73320a7790a77b0a77a20a77d0a77d01d7910a77e0a7860a77f2\
    0a78b0a78b0a78c10a78d0a78d0026510a7900a7920a79120a7960a7a80a79720a7aa0a7aa002661\
    0a7ab0a7ab0025c10a7ac0a7ac0026110a7ad0a7ad0026c10a7ae0a7ae0026a10a7b00a7b00029e1\
    0a7b10a7b10028710a7b20a7b20029d10a7b30a7b30ab5310a7b40a7c20a7b520a7c40a7c40a7941\
    0a7c50a7c50028210a7c60a7c601d8e10a7c70a7c90a7c820a7cb0a7cb0026410a7cc0a7da0a7cd2\
    0a7dc0a7dc0019b10a7f50a7f50a7f610ff210ff3a0ff4111040010427104281104b0104d3104d81\
    105701057a1059711057c1058a105a311058c10592105b311059410595105bb110c8010cb210cc01\
    10d5010d6510d701118a0118bf118c0116e4016e5f16e60116ea016eb816ebb11e9001e9211e9221";

/// `to_lowercase`'s mappings to several chars: 20 bytes each, the char and its up to three.
const CASE_LOWER_MULTI: &str = "00130000690030700000";

/// The number written by the n hex digits (lowercase) from byte at of t.
fn hex_at(t: &[u8], at: usize, n: usize) -> u32 {
    let mut v = 0;
    let mut i = 0;
    while i < n {
        let d = t[at + i];
        v = v * 16 + if d <= b'9' { (d - b'0') as u32 } else { (d - b'a') as u32 + 10 };
        i += 1;
    }
    v
}

/// c's case mapping by the tables (generated from rustc 1.95, Unicode 16): up to three
/// chars, 0 for the unused ones.
fn case_lookup(c: u32, runs: &str, multi: &str) -> (u32, u32, u32) {
    let m = multi.as_bytes();
    let mut lo = 0;
    let mut hi = m.len() / 20;
    while lo < hi {
        let mid = (lo + hi) / 2;
        let key = hex_at(m, mid * 20, 5);
        if c < key {
            hi = mid;
        } else if c > key {
            lo = mid + 1;
        } else {
            return (hex_at(m, mid * 20 + 5, 5), hex_at(m, mid * 20 + 10, 5), hex_at(m, mid * 20 + 15, 5));
        }
    }
    let r = runs.as_bytes();
    lo = 0;
    hi = r.len() / 16;
    while lo < hi {
        let mid = (lo + hi) / 2;
        let start = hex_at(r, mid * 16, 5);
        if c < start {
            hi = mid;
        } else if c > hex_at(r, mid * 16 + 5, 5) {
            lo = mid + 1;
        } else {
            if r[mid * 16 + 15] == b'2' && (c - start) % 2 == 1 {
                return (c, 0, 0);
            }
            return (c - start + hex_at(r, mid * 16 + 10, 5), 0, 0);
        }
    }
    (c, 0, 0)
}

fn case_upper(c: u32) -> (u32, u32, u32) {
    if c < 0x80 {
        return (if c >= 0x61 && c <= 0x7A { c - 32 } else { c }, 0, 0);
    }
    case_lookup(c, CASE_UPPER_RUNS, CASE_UPPER_MULTI)
}

fn case_lower(c: u32) -> (u32, u32, u32) {
    if c < 0x80 {
        return (if c >= 0x41 && c <= 0x5A { c + 32 } else { c }, 0, 0);
    }
    case_lookup(c, CASE_LOWER_RUNS, CASE_LOWER_MULTI)
}

/// Unicode's Cased, as far as the case tables tell: letters with another case.
fn is_cased(c: char) -> bool {
    let code = c as u32;
    case_lower(code).0 != code || case_upper(code).0 != code || case_upper(code).1 != 0
}

/// Unicode's Case_Ignorable, in the common cases: apostrophes, periods, colons, modifier
/// letters and combining marks.
fn is_case_ignorable(c: char) -> bool {
    let x = c as u32;
    x == 0x27 || x == 0x2E || x == 0x3A || x == 0x5E || x == 0x60 || x == 0xA8 || x == 0xAD || x == 0xAF || x == 0xB4
        || x == 0xB7 || x == 0xB8 || (x >= 0x2B0 && x <= 0x36F) || x == 0x374 || x == 0x375 || x == 0x37A || x == 0x384
        || x == 0x385 || x == 0x387 || (x >= 0x483 && x <= 0x489) || (x >= 0x1AB0 && x <= 0x1AFF)
        || (x >= 0x1DC0 && x <= 0x1DFF) || (x >= 0x200B && x <= 0x200F) || x == 0x2018 || x == 0x2019 || x == 0x2024
        || x == 0x2027 || (x >= 0x20D0 && x <= 0x20F0) || (x >= 0xFE00 && x <= 0xFE0F) || (x >= 0xFE20 && x <= 0xFE2F)
}

/// `char::from_u32`: None for surrogates and past U+10FFFF.
pub fn char_from_u32(code: u32) -> Option<char> {
    if code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) {
        None
    } else {
        Some(unsafe { char::from_u32_unchecked(code) })
    }
}

/// `char::from_digit`: the lowercase digit of that value in radix (at most 36).
pub fn char_from_digit(digit: u32, radix: u32) -> Option<char> {
    if radix > 36 {
        panic!("from_digit: radix is too high (maximum 36)");
    }
    if digit >= radix {
        None
    } else if digit < 10 {
        Some(unsafe { char::from_u32_unchecked(48 + digit) })
    } else {
        Some(unsafe { char::from_u32_unchecked(97 + digit - 10) })
    }
}

/// Whether c has one of the runtime's RT_CHAR_* properties (0 alphabetic, 1 numeric,
/// 2 whitespace, 3 lowercase, 4 uppercase).
fn char_property(c: char, property: u32) -> bool {
    unsafe { intrinsics::char_property(c as u32, property) != 0 }
}

/// Whether the first char of it that is not case-ignorable is cased.
fn ignorable_then_cased<I: Iterator<Item = char>>(it: I) -> bool {
    let mut it = it;
    while let Some(c) = it.next() {
        if !is_case_ignorable(c) {
            return is_cased(c);
        }
    }
    false
}

/// Pushes the up to three chars of a case mapping.
fn push_mapped(out: &mut String, m: (u32, u32, u32)) {
    out.push(unsafe { char::from_u32_unchecked(m.0) });
    if m.1 != 0 {
        out.push(unsafe { char::from_u32_unchecked(m.1) });
    }
    if m.2 != 0 {
        out.push(unsafe { char::from_u32_unchecked(m.2) });
    }
}

/// `c.to_uppercase()` and `c.to_lowercase()`: the one to three chars of the mapping.
pub struct CaseMappingIter {
    chars: (u32, u32, u32),
    pos: usize,
}

pub type ToUppercase = CaseMappingIter;
pub type ToLowercase = CaseMappingIter;

impl Iterator for CaseMappingIter {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        let code = if self.pos == 0 { self.chars.0 } else if self.pos == 1 { self.chars.1 } else if self.pos == 2 { self.chars.2 } else { 0 };
        if code == 0 && self.pos > 0 {
            return None;
        }
        self.pos += 1;
        Some(unsafe { char::from_u32_unchecked(code) })
    }
}

impl Display for CaseMappingIter {
    fn fmt(&self, f: &mut Formatter) -> FmtResult {
        let mut s = String::new();
        push_mapped(&mut s, self.chars);
        f.write_str(s.as_str())
    }
}

fn is_ascii_space(b: u8) -> bool {
    b == b' ' || b == b'\t' || b == b'\n' || b == b'\r' || b == 0x0b || b == 0x0c
}

impl StrMethods for str {
    fn chars(&self) -> Chars {
        Chars { bytes: self.as_bytes(), front: 0, back: self.len() }
    }

    fn char_indices(&self) -> CharIndices {
        CharIndices { chars: self.chars() }
    }

    fn bytes(&self) -> Bytes {
        Bytes { bytes: self.as_bytes(), pos: 0 }
    }

    fn to_string(&self) -> String {
        String::from(self)
    }

    fn to_owned(&self) -> String {
        String::from(self)
    }

    fn contains<P: Pattern>(&self, pat: P) -> bool {
        self.find(pat).is_some()
    }

    fn starts_with<P: Pattern>(&self, pat: P) -> bool {
        let mut pat = pat;
        pat.match_at(self, 0).is_some()
    }

    fn ends_with<P: Pattern>(&self, pat: P) -> bool {
        let mut pat = pat;
        pat.match_end(self, self.len()).is_some()
    }

    /// The byte index of the first match of pat.
    fn find<P: Pattern>(&self, pat: P) -> Option<usize> {
        let mut pat = pat;
        let (at, _) = next_match(self, &mut pat, 0)?;
        Some(at)
    }

    /// The byte index of the last match of pat.
    fn rfind<P: Pattern>(&self, pat: P) -> Option<usize> {
        let mut pat = pat;
        let (at, _) = prev_match(self, &mut pat, self.len())?;
        Some(at)
    }

    fn trim_matches<P: Pattern>(&self, pat: P) -> &str {
        let mut pat = pat;
        let mut start = 0;
        let mut end = self.len();
        while start < end {
            match pat.match_at(self, start) {
                Some(n) if n > 0 => start += n,
                _ => break,
            }
        }
        while end > start {
            match pat.match_end(self, end) {
                Some(n) if n > 0 => end -= n,
                _ => break,
            }
        }
        &self[start..end]
    }

    fn trim_start_matches<P: Pattern>(&self, pat: P) -> &str {
        let mut pat = pat;
        let mut start = 0;
        while start < self.len() {
            match pat.match_at(self, start) {
                Some(n) if n > 0 => start += n,
                _ => break,
            }
        }
        &self[start..]
    }

    fn trim_end_matches<P: Pattern>(&self, pat: P) -> &str {
        let mut pat = pat;
        let mut end = self.len();
        while end > 0 {
            match pat.match_end(self, end) {
                Some(n) if n > 0 => end -= n,
                _ => break,
            }
        }
        &self[..end]
    }

    fn strip_prefix<P: Pattern>(&self, pat: P) -> Option<&str> {
        let mut pat = pat;
        let n = pat.match_at(self, 0)?;
        Some(&self[n..])
    }

    fn strip_suffix<P: Pattern>(&self, pat: P) -> Option<&str> {
        let mut pat = pat;
        let n = pat.match_end(self, self.len())?;
        Some(&self[..self.len() - n])
    }

    fn split_once<P: Pattern>(&self, pat: P) -> Option<(&str, &str)> {
        let mut pat = pat;
        let (at, n) = next_match(self, &mut pat, 0)?;
        Some((&self[..at], &self[at + n..]))
    }

    fn rsplit_once<P: Pattern>(&self, pat: P) -> Option<(&str, &str)> {
        let mut pat = pat;
        let (at, n) = prev_match(self, &mut pat, self.len())?;
        Some((&self[..at], &self[at + n..]))
    }

    fn matches<P: Pattern>(&self, pat: P) -> Matches<P> {
        Matches { inner: self.match_indices(pat) }
    }

    fn match_indices<P: Pattern>(&self, pat: P) -> MatchIndices<P> {
        MatchIndices { s: self, search: Some(0), pat }
    }

    fn is_char_boundary(&self, index: usize) -> bool {
        if index == 0 || index == self.len() {
            return true;
        }
        index < self.len() && (self.as_bytes()[index] & 0xC0) != 0x80
    }

    /// `(&s[..mid], &s[mid..])`, with slicing's panic when mid is not a char boundary.
    fn split_at(&self, mid: usize) -> (&str, &str) {
        (&self[..mid], &self[mid..])
    }

    /// `Some(&s[range])`, or None where that would panic.
    fn get(&self, range: Range<usize>) -> Option<&str> {
        let start = range.start;
        let end = range.end;
        if start > end || end > self.len() {
            return None;
        }
        if self.is_char_boundary(start) && self.is_char_boundary(end) { Some(&self[start..end]) } else { None }
    }

    fn eq_ignore_ascii_case(&self, other: &str) -> bool {
        let a = self.as_bytes();
        let b = other.as_bytes();
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if (a[i] as char).to_ascii_lowercase() != (b[i] as char).to_ascii_lowercase() {
                return false;
            }
            i += 1;
        }
        true
    }

    fn to_ascii_uppercase(&self) -> String {
        let mut out = String::with_capacity(self.len());
        for c in self.chars() {
            out.push(c.to_ascii_uppercase());
        }
        out
    }

    fn to_ascii_lowercase(&self) -> String {
        let mut out = String::with_capacity(self.len());
        for c in self.chars() {
            out.push(c.to_ascii_lowercase());
        }
        out
    }

    fn trim(&self) -> &str {
        self.trim_start().trim_end()
    }

    fn trim_start(&self) -> &str {
        let s = self.as_bytes();
        let mut i = 0;
        while i < s.len() && is_ascii_space(s[i]) {
            i += 1;
        }
        &self[i..]
    }

    fn trim_end(&self) -> &str {
        let s = self.as_bytes();
        let mut end = s.len();
        while end > 0 && is_ascii_space(s[end - 1]) {
            end -= 1;
        }
        &self[..end]
    }

    fn split_whitespace(&self) -> SplitWhitespace {
        SplitWhitespace { s: self, pos: 0 }
    }

    fn lines(&self) -> Lines {
        Lines { s: self, pos: 0 }
    }

    /// rustc's full Unicode mapping (`ß` becomes `SS`, `ŉ` `ʼN`, ...).
    fn to_uppercase(&self) -> String {
        let mut out = String::with_capacity(self.len());
        for c in self.chars() {
            push_mapped(&mut out, case_upper(c as u32));
        }
        out
    }

    /// rustc's full Unicode mapping; a capital sigma at the end of a word becomes `ς`.
    fn to_lowercase(&self) -> String {
        let mut out = String::with_capacity(self.len());
        for (i, c) in self.char_indices() {
            if c == 'Σ' {
                let final_sigma = ignorable_then_cased(self[..i].chars().rev()) && !ignorable_then_cased(self[i + 2..].chars());
                out.push(if final_sigma { 'ς' } else { 'σ' });
            } else {
                push_mapped(&mut out, case_lower(c as u32));
            }
        }
        out
    }

    fn repeat(&self, n: usize) -> String {
        let bytes = match self.len().checked_mul(n) {
            Some(bytes) => bytes,
            None => panic!("capacity overflow"),
        };
        let mut out = String::with_capacity(bytes);
        let mut i = 0;
        while i < n {
            out.push_str(self);
            i += 1;
        }
        out
    }

    fn split<P: Pattern>(&self, pat: P) -> Split<P> {
        Split { s: self, start: 0, search: Some(0), pat, done: false }
    }

    fn splitn<P: Pattern>(&self, n: usize, pat: P) -> SplitN<P> {
        SplitN { split: self.split(pat), left: n }
    }

    fn split_terminator<P: Pattern>(&self, pat: P) -> SplitTerminator<P> {
        SplitTerminator { split: self.split(pat) }
    }

    fn parse<F: FromStr>(&self) -> Result<F, F::Err> {
        F::from_str(self)
    }

    fn replace<P: Pattern>(&self, from: P, to: &str) -> String {
        self.replacen(from, to, usize::MAX)
    }

    /// The first `count` matches of from replaced by to.
    fn replacen<P: Pattern>(&self, from: P, to: &str, count: usize) -> String {
        let mut from = from;
        let mut out = String::new();
        let mut last = 0;
        let mut search = Some(0);
        let mut done = 0;
        while done < count {
            let Some(pos) = search else { break };
            let Some((at, n)) = next_match(self, &mut from, pos) else { break };
            out.push_str(&self[last..at]);
            out.push_str(to);
            last = at + n;
            search = after_match(self, at, n);
            done += 1;
        }
        out.push_str(&self[last..]);
        out
    }
}

/// `s.chars()`: the characters of a str, decoded from UTF-8, from either end.
pub struct Chars<'a> {
    bytes: &'a [u8],
    front: usize,
    back: usize,
}

impl<'a> Iterator for Chars<'a> {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if self.front >= self.back {
            return None;
        }
        let b0 = self.bytes[self.front] as u32;
        let n = if b0 < 0x80 { 1 } else if b0 < 0xE0 { 2 } else if b0 < 0xF0 { 3 } else { 4 };
        let mut code = if n == 1 { b0 } else if n == 2 { b0 & 0x1F } else if n == 3 { b0 & 0x0F } else { b0 & 0x07 };
        let mut i = 1;
        while i < n {
            code = (code << 6) | (self.bytes[self.front + i] as u32 & 0x3F);
            i += 1;
        }
        self.front += n;
        Some(unsafe { char::from_u32_unchecked(code) })
    }
}

impl<'a> DoubleEndedIterator for Chars<'a> {
    fn next_back(&mut self) -> Option<char> {
        if self.front >= self.back {
            return None;
        }
        let mut start = self.back - 1;
        while start > self.front && (self.bytes[start] & 0xC0) == 0x80 {
            start -= 1;
        }
        let end = self.back;
        self.back = start;
        let mut inner = Chars { bytes: self.bytes, front: start, back: end };
        inner.next()
    }
}

/// `s.char_indices()`: each character with its byte index.
pub struct CharIndices<'a> {
    chars: Chars<'a>,
}

impl<'a> Iterator for CharIndices<'a> {
    type Item = (usize, char);
    fn next(&mut self) -> Option<(usize, char)> {
        let at = self.chars.front;
        let c = self.chars.next()?;
        Some((at, c))
    }
}

/// `s.bytes()`.
pub struct Bytes<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Iterator for Bytes<'a> {
    type Item = u8;
    fn next(&mut self) -> Option<u8> {
        if self.pos < self.bytes.len() {
            self.pos += 1;
            Some(self.bytes[self.pos - 1])
        } else {
            None
        }
    }
}

/// `s.split_whitespace()`: the runs of non-whitespace (ASCII whitespace separates).
pub struct SplitWhitespace<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Iterator for SplitWhitespace<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let b = self.s.as_bytes();
        while self.pos < b.len() && is_ascii_space(b[self.pos]) {
            self.pos += 1;
        }
        if self.pos >= b.len() {
            return None;
        }
        let start = self.pos;
        while self.pos < b.len() && !is_ascii_space(b[self.pos]) {
            self.pos += 1;
        }
        Some(&self.s[start..self.pos])
    }
}

/// `s.lines()`: the lines, without their `\n` (or `\r\n`); no empty line after a final `\n`.
pub struct Lines<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let b = self.s.as_bytes();
        if self.pos >= b.len() {
            return None;
        }
        let start = self.pos;
        while self.pos < b.len() && b[self.pos] != b'\n' {
            self.pos += 1;
        }
        let mut end = self.pos;
        if self.pos < b.len() {
            self.pos += 1;
        }
        if end > start && b[end - 1] == b'\r' {
            end -= 1;
        }
        Some(&self.s[start..end])
    }
}

/// `char`'s methods. The Unicode classifications ask the runtime's tables (generated from
/// rustc's answers for every char), the `is_ascii_*` ones are ASCII's.
pub trait CharMethods {
    fn len_utf8(self) -> usize;
    fn is_ascii(self) -> bool;
    fn is_ascii_digit(self) -> bool;
    fn is_ascii_alphabetic(self) -> bool;
    fn is_ascii_alphanumeric(self) -> bool;
    fn is_ascii_uppercase(self) -> bool;
    fn is_ascii_lowercase(self) -> bool;
    fn is_ascii_whitespace(self) -> bool;
    fn is_ascii_punctuation(self) -> bool;
    fn is_alphabetic(self) -> bool;
    fn is_numeric(self) -> bool;
    fn is_alphanumeric(self) -> bool;
    fn is_whitespace(self) -> bool;
    fn is_uppercase(self) -> bool;
    fn is_lowercase(self) -> bool;
    fn is_control(self) -> bool;
    fn is_digit(self, radix: u32) -> bool;
    fn to_ascii_uppercase(self) -> char;
    fn to_ascii_lowercase(self) -> char;
    fn to_digit(self, radix: u32) -> Option<u32>;
    fn is_ascii_graphic(self) -> bool;
    fn is_ascii_hexdigit(self) -> bool;
    fn is_ascii_control(self) -> bool;
    fn eq_ignore_ascii_case(&self, other: &char) -> bool;
    fn to_uppercase(self) -> ToUppercase;
    fn to_lowercase(self) -> ToLowercase;
}

impl CharMethods for char {
    fn len_utf8(self) -> usize {
        let code = self as u32;
        if code < 0x80 { 1 } else if code < 0x800 { 2 } else if code < 0x10000 { 3 } else { 4 }
    }
    fn is_ascii(self) -> bool {
        (self as u32) < 0x80
    }
    fn is_ascii_digit(self) -> bool {
        self >= '0' && self <= '9'
    }
    fn is_ascii_alphabetic(self) -> bool {
        self.is_ascii_uppercase() || self.is_ascii_lowercase()
    }
    fn is_ascii_alphanumeric(self) -> bool {
        self.is_ascii_alphabetic() || self.is_ascii_digit()
    }
    fn is_ascii_uppercase(self) -> bool {
        self >= 'A' && self <= 'Z'
    }
    fn is_ascii_lowercase(self) -> bool {
        self >= 'a' && self <= 'z'
    }
    fn is_ascii_whitespace(self) -> bool {
        self == ' ' || self == '\t' || self == '\n' || self == '\r' || self == '\x0c'
    }
    fn is_ascii_punctuation(self) -> bool {
        let c = self as u32;
        (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)
    }
    fn is_alphabetic(self) -> bool {
        self.is_ascii_alphabetic() || (self as u32) >= 0x80 && char_property(self, 0)
    }
    fn is_numeric(self) -> bool {
        self.is_ascii_digit() || (self as u32) >= 0x80 && char_property(self, 1)
    }
    fn is_alphanumeric(self) -> bool {
        self.is_alphabetic() || self.is_numeric()
    }
    fn is_whitespace(self) -> bool {
        char_property(self, 2)
    }
    fn is_uppercase(self) -> bool {
        self.is_ascii_uppercase() || (self as u32) >= 0x80 && char_property(self, 4)
    }
    fn is_lowercase(self) -> bool {
        self.is_ascii_lowercase() || (self as u32) >= 0x80 && char_property(self, 3)
    }
    /// Unicode's general category Cc.
    fn is_control(self) -> bool {
        let c = self as u32;
        c < 0x20 || (c >= 0x7F && c <= 0x9F)
    }
    fn is_digit(self, radix: u32) -> bool {
        self.to_digit(radix).is_some()
    }
    fn to_ascii_uppercase(self) -> char {
        if self.is_ascii_lowercase() { ((self as u8) - 32) as char } else { self }
    }
    fn to_ascii_lowercase(self) -> char {
        if self.is_ascii_uppercase() { ((self as u8) + 32) as char } else { self }
    }
    fn to_digit(self, radix: u32) -> Option<u32> {
        if radix < 2 || radix > 36 {
            panic!("to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive");
        }
        let c = self as u32;
        let d = if self.is_ascii_digit() {
            c - 48
        } else if self.is_ascii_lowercase() {
            c - 97 + 10
        } else if self.is_ascii_uppercase() {
            c - 65 + 10
        } else {
            return None;
        };
        if d < radix { Some(d) } else { None }
    }
    fn is_ascii_graphic(self) -> bool {
        self >= '!' && self <= '~'
    }
    fn is_ascii_hexdigit(self) -> bool {
        self.is_ascii_digit() || (self >= 'a' && self <= 'f') || (self >= 'A' && self <= 'F')
    }
    fn is_ascii_control(self) -> bool {
        (self as u32) < 0x20 || self == '\x7f'
    }
    fn eq_ignore_ascii_case(&self, other: &char) -> bool {
        self.to_ascii_lowercase() == other.to_ascii_lowercase()
    }
    /// The one to three chars of rustc's uppercase mapping (`'ß'` gives `S`, `S`).
    fn to_uppercase(self) -> ToUppercase {
        CaseMappingIter { chars: case_upper(self as u32), pos: 0 }
    }
    fn to_lowercase(self) -> ToLowercase {
        CaseMappingIter { chars: case_lower(self as u32), pos: 0 }
    }
}

/// `u8`'s ASCII methods.
pub trait ByteMethods {
    fn is_ascii(&self) -> bool;
    fn is_ascii_digit(&self) -> bool;
    fn is_ascii_alphabetic(&self) -> bool;
    fn is_ascii_alphanumeric(&self) -> bool;
    fn is_ascii_uppercase(&self) -> bool;
    fn is_ascii_lowercase(&self) -> bool;
    fn is_ascii_whitespace(&self) -> bool;
    fn is_ascii_punctuation(&self) -> bool;
    fn is_ascii_graphic(&self) -> bool;
    fn is_ascii_hexdigit(&self) -> bool;
    fn is_ascii_control(&self) -> bool;
    fn to_ascii_uppercase(&self) -> u8;
    fn to_ascii_lowercase(&self) -> u8;
    fn eq_ignore_ascii_case(&self, other: &u8) -> bool;
}

impl ByteMethods for u8 {
    fn is_ascii(&self) -> bool {
        *self < 0x80
    }
    fn is_ascii_digit(&self) -> bool {
        (*self as char).is_ascii_digit()
    }
    fn is_ascii_alphabetic(&self) -> bool {
        (*self as char).is_ascii_alphabetic()
    }
    fn is_ascii_alphanumeric(&self) -> bool {
        (*self as char).is_ascii_alphanumeric()
    }
    fn is_ascii_uppercase(&self) -> bool {
        (*self as char).is_ascii_uppercase()
    }
    fn is_ascii_lowercase(&self) -> bool {
        (*self as char).is_ascii_lowercase()
    }
    fn is_ascii_whitespace(&self) -> bool {
        (*self as char).is_ascii_whitespace()
    }
    fn is_ascii_punctuation(&self) -> bool {
        (*self as char).is_ascii_punctuation()
    }
    fn is_ascii_graphic(&self) -> bool {
        (*self as char).is_ascii_graphic()
    }
    fn is_ascii_hexdigit(&self) -> bool {
        (*self as char).is_ascii_hexdigit()
    }
    fn is_ascii_control(&self) -> bool {
        (*self as char).is_ascii_control()
    }
    fn to_ascii_uppercase(&self) -> u8 {
        if self.is_ascii_lowercase() { *self - 32 } else { *self }
    }
    fn to_ascii_lowercase(&self) -> u8 {
        if self.is_ascii_uppercase() { *self + 32 } else { *self }
    }
    fn eq_ignore_ascii_case(&self, other: &u8) -> bool {
        self.to_ascii_lowercase() == other.to_ascii_lowercase()
    }
}

/// `std::env::args()`: the program's arguments as Strings, its path first.
pub fn env_args() -> Args {
    Args { pos: 0, len: unsafe { intrinsics::arg_count() } }
}

pub struct Args {
    pos: usize,
    len: usize,
}

impl Iterator for Args {
    type Item = String;
    fn next(&mut self) -> Option<String> {
        if self.pos >= self.len {
            return None;
        }
        let mut n = 0;
        let arg = unsafe {
            let p = intrinsics::arg(self.pos, &mut n);
            str::from_utf8_unchecked(slice::from_raw_parts(p, n))
        };
        self.pos += 1;
        Some(String::from(arg))
    }
}

/// What a String can be collected from: chars, strs and Strings.
pub trait StringPiece {
    fn push_onto(self, s: &mut String);
}

impl StringPiece for char {
    fn push_onto(self, s: &mut String) {
        s.push(self);
    }
}

impl<'a> StringPiece for &'a str {
    fn push_onto(self, s: &mut String) {
        s.push_str(self);
    }
}

impl<'a> StringPiece for &'a char {
    fn push_onto(self, s: &mut String) {
        s.push(*self);
    }
}

impl StringPiece for String {
    fn push_onto(self, s: &mut String) {
        s.push_str(self.as_str());
    }
}

/// `s.parse::<T>()`: the types that can be read from a str.
pub trait FromStr {
    type Err;
    fn from_str(s: &str) -> Result<Self, Self::Err>;
}

/// Why an integer did not parse (rustc's kinds and messages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntErrorKind {
    Empty,
    InvalidDigit,
    PosOverflow,
    NegOverflow,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIntError {
    kind: IntErrorKind,
}

impl ParseIntError {
    pub fn kind(&self) -> &IntErrorKind {
        &self.kind
    }
}

impl Display for ParseIntError {
    fn fmt(&self, f: &mut Formatter) -> FmtResult {
        let text = match self.kind {
            IntErrorKind::Empty => "cannot parse integer from empty string",
            IntErrorKind::InvalidDigit => "invalid digit found in string",
            IntErrorKind::PosOverflow => "number too large to fit in target type",
            IntErrorKind::NegOverflow => "number too small to fit in target type",
        };
        f.write_str(text)
    }
}

/// An integer's text as (negative, magnitude), checked against the largest magnitude of
/// each sign (`max_neg` 0: no sign allowed).
fn parse_integer(s: &str, max_pos: u128, max_neg: u128) -> Result<(bool, u128), ParseIntError> {
    let b = s.as_bytes();
    if b.len() == 0 {
        return Err(ParseIntError { kind: IntErrorKind::Empty });
    }
    let negative = b[0] == b'-' && max_neg > 0;
    let start = if b[0] == b'+' || negative { 1 } else { 0 };
    if start == b.len() {
        return Err(ParseIntError { kind: IntErrorKind::InvalidDigit });
    }
    let limit = if negative { max_neg } else { max_pos };
    let mut value: u128 = 0;
    let mut i = start;
    while i < b.len() {
        let d = b[i];
        if d < b'0' || d > b'9' {
            return Err(ParseIntError { kind: IntErrorKind::InvalidDigit });
        }
        let next = value.checked_mul(10).and_then(|v| v.checked_add((d - b'0') as u128));
        match next {
            Some(v) if v <= limit => value = v,
            _ => {
                let kind = if negative { IntErrorKind::NegOverflow } else { IntErrorKind::PosOverflow };
                return Err(ParseIntError { kind });
            }
        }
        i += 1;
    }
    Ok((negative, value))
}

/// A signed integer's text whose magnitude is at most max (max + 1 when negative).
fn parse_signed(s: &str, max: u128) -> Result<i128, ParseIntError> {
    let (neg, v) = parse_integer(s, max, max + 1)?;
    Ok(if neg { (v as i128).wrapping_neg() } else { v as i128 })
}

impl FromStr for i32 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<i32, ParseIntError> {
        Ok(parse_signed(s, 2147483647)? as i32)
    }
}

impl FromStr for i64 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<i64, ParseIntError> {
        Ok(parse_signed(s, 9223372036854775807)? as i64)
    }
}

impl FromStr for i128 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<i128, ParseIntError> {
        parse_signed(s, 170141183460469231731687303715884105727)
    }
}

impl FromStr for i8 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<i8, ParseIntError> {
        Ok(parse_signed(s, 127)? as i8)
    }
}

impl FromStr for i16 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<i16, ParseIntError> {
        Ok(parse_signed(s, 32767)? as i16)
    }
}

impl FromStr for isize {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<isize, ParseIntError> {
        Ok(parse_signed(s, 9223372036854775807)? as isize)
    }
}

impl FromStr for u8 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<u8, ParseIntError> {
        Ok(parse_integer(s, 255, 0)?.1 as u8)
    }
}

impl FromStr for u16 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<u16, ParseIntError> {
        Ok(parse_integer(s, 65535, 0)?.1 as u16)
    }
}

impl FromStr for u32 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<u32, ParseIntError> {
        Ok(parse_integer(s, 4294967295, 0)?.1 as u32)
    }
}

impl FromStr for u64 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<u64, ParseIntError> {
        Ok(parse_integer(s, 18446744073709551615, 0)?.1 as u64)
    }
}

impl FromStr for u128 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<u128, ParseIntError> {
        Ok(parse_integer(s, 340282366920938463463374607431768211455, 0)?.1)
    }
}

impl FromStr for usize {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<usize, ParseIntError> {
        Ok(parse_integer(s, 18446744073709551615, 0)?.1 as usize)
    }
}

/// Why a float did not parse (rustc's kinds: Debug prints `ParseFloatError { kind: Invalid }`).
#[derive(Debug, Clone, PartialEq, Eq)]
enum FloatErrorKind {
    Empty,
    Invalid,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFloatError {
    kind: FloatErrorKind,
}

impl Display for ParseFloatError {
    fn fmt(&self, f: &mut Formatter) -> FmtResult {
        f.write_str(match self.kind {
            FloatErrorKind::Empty => "cannot parse float from empty string",
            FloatErrorKind::Invalid => "invalid float literal",
        })
    }
}

fn parse_float(s: &str) -> Result<f64, ParseFloatError> {
    if s.len() == 0 {
        return Err(ParseFloatError { kind: FloatErrorKind::Empty });
    }
    let mut ok = false;
    let v = unsafe { intrinsics::parse_f64(s, &mut ok) };
    if ok { Ok(v) } else { Err(ParseFloatError { kind: FloatErrorKind::Invalid }) }
}

impl FromStr for f64 {
    type Err = ParseFloatError;
    fn from_str(s: &str) -> Result<f64, ParseFloatError> {
        parse_float(s)
    }
}

impl FromStr for f32 {
    type Err = ParseFloatError;
    fn from_str(s: &str) -> Result<f32, ParseFloatError> {
        Ok(parse_float(s)? as f32)
    }
}

impl FromStr for bool {
    type Err = ParseBoolError;
    fn from_str(s: &str) -> Result<bool, ParseBoolError> {
        if s == "true" {
            Ok(true)
        } else if s == "false" {
            Ok(false)
        } else {
            Err(ParseBoolError)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseBoolError;

/// Why a char did not parse (rustc's kinds).
#[derive(Debug, Clone, PartialEq, Eq)]
enum CharErrorKind {
    EmptyString,
    TooManyChars,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseCharError {
    kind: CharErrorKind,
}

impl Display for ParseCharError {
    fn fmt(&self, f: &mut Formatter) -> FmtResult {
        f.write_str(match self.kind {
            CharErrorKind::EmptyString => "cannot parse char from empty string",
            CharErrorKind::TooManyChars => "too many characters in string",
        })
    }
}

/// `s.parse::<char>()`: exactly one char.
impl FromStr for char {
    type Err = ParseCharError;
    fn from_str(s: &str) -> Result<char, ParseCharError> {
        let mut it = s.chars();
        match (it.next(), it.next()) {
            (None, _) => Err(ParseCharError { kind: CharErrorKind::EmptyString }),
            (Some(c), None) => Ok(c),
            _ => Err(ParseCharError { kind: CharErrorKind::TooManyChars }),
        }
    }
}

impl Display for ParseBoolError {
    fn fmt(&self, f: &mut Formatter) -> FmtResult {
        f.write_str("provided string was not `true` or `false`")
    }
}

/// `x.to_string()` for every type with Display (through format!).
pub trait ToString {
    fn to_string(&self) -> String;
}

impl<T: Display + ?Sized> ToString for T {
    fn to_string(&self) -> String {
        format!("{}", self)
    }
}

/// The methods of slices (and, through Deref, of Vec and of arrays).
pub trait SliceMethods {
    type Elem;
    fn first(&self) -> Option<&Self::Elem>;
    fn last(&self) -> Option<&Self::Elem>;
    fn get(&self, index: usize) -> Option<&Self::Elem>;
    fn first_mut(&mut self) -> Option<&mut Self::Elem>;
    fn last_mut(&mut self) -> Option<&mut Self::Elem>;
    fn get_mut(&mut self, index: usize) -> Option<&mut Self::Elem>;
    fn swap(&mut self, a: usize, b: usize);
    fn reverse(&mut self);
    fn windows(&self, size: usize) -> Windows<Self::Elem>;
    fn chunks(&self, size: usize) -> Chunks<Self::Elem>;
    fn split_at(&self, mid: usize) -> (&[Self::Elem], &[Self::Elem]);
    fn sort_by<F: FnMut(&Self::Elem, &Self::Elem) -> Ordering>(&mut self, compare: F);
}

impl<T> SliceMethods for [T] {
    type Elem = T;

    fn first(&self) -> Option<&T> {
        if self.len() == 0 { None } else { Some(&self[0]) }
    }

    fn last(&self) -> Option<&T> {
        if self.len() == 0 { None } else { Some(&self[self.len() - 1]) }
    }

    fn get(&self, index: usize) -> Option<&T> {
        if index < self.len() {
            Some(&self[index])
        } else {
            None
        }
    }

    fn first_mut(&mut self) -> Option<&mut T> {
        if self.len() == 0 { None } else { Some(&mut self[0]) }
    }

    fn last_mut(&mut self) -> Option<&mut T> {
        let n = self.len();
        if n == 0 { None } else { Some(&mut self[n - 1]) }
    }

    fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        if index < self.len() {
            Some(&mut self[index])
        } else {
            None
        }
    }

    #[track_caller]
    fn swap(&mut self, a: usize, b: usize) {
        slice_swap(self, a, b);
    }

    fn reverse(&mut self) {
        let n = self.len();
        let mut i = 0;
        while i < n / 2 {
            slice_swap(self, i, n - 1 - i);
            i += 1;
        }
    }

    fn windows(&self, size: usize) -> Windows<T> {
        Windows { slice: self, size, pos: 0 }
    }

    fn chunks(&self, size: usize) -> Chunks<T> {
        Chunks { slice: self, size, pos: 0 }
    }

    fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F) {
        slice_sort_by(self, compare);
    }

    #[track_caller]
    fn split_at(&self, mid: usize) -> (&[T], &[T]) {
        if mid > self.len() {
            panic!("mid > len");
        }
        (&self[..mid], &self[mid..])
    }
}

/// `s.swap(a, b)`, with the bounds checks of `s[a]` and `s[b]`.
#[track_caller]
fn slice_swap<T>(s: &mut [T], a: usize, b: usize) {
    let n = s.len();
    if a >= n {
        panic!("index out of bounds: the len is {} but the index is {}", n, a);
    }
    if b >= n {
        panic!("index out of bounds: the len is {} but the index is {}", n, b);
    }
    if a != b {
        unsafe {
            let base = &mut s[0] as *mut T;
            mem::swap(&mut *base.add(a), &mut *base.add(b));
        }
    }
}

/// A stable sort (insertion sort: fine for the sizes teaching programs sort).
fn slice_sort_by<T, F: FnMut(&T, &T) -> Ordering>(s: &mut [T], mut compare: F) {
    let mut i = 1;
    while i < s.len() {
        let mut j = i;
        while j > 0 && compare(&s[j - 1], &s[j]) == Ordering::Greater {
            slice_swap(s, j - 1, j);
            j -= 1;
        }
        i += 1;
    }
}

/// Slice methods that compare elements.
pub trait SliceOrdMethods {
    type Elem;
    fn sort(&mut self);
    fn sort_unstable(&mut self);
}

/// Slice methods that compare elements for equality.
pub trait SliceEqMethods {
    type Elem;
    fn contains(&self, x: &Self::Elem) -> bool;
}

impl<T: PartialEq> SliceEqMethods for [T] {
    type Elem = T;

    fn contains(&self, x: &T) -> bool {
        for e in self {
            if *e == *x {
                return true;
            }
        }
        false
    }
}

impl<T: Ord> SliceOrdMethods for [T] {
    type Elem = T;

    fn sort(&mut self) {
        slice_sort_by(self, |a: &T, b: &T| a.cmp(b));
    }

    fn sort_unstable(&mut self) {
        slice_sort_by(self, |a: &T, b: &T| a.cmp(b));
    }
}

/// Slice methods that key their elements.
pub trait SliceKeyMethods {
    type Elem;
    fn sort_by_key<K: Ord, F: FnMut(&Self::Elem) -> K>(&mut self, key: F);
}

impl<T> SliceKeyMethods for [T] {
    type Elem = T;
    fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, mut key: F) {
        slice_sort_by(self, |a: &T, b: &T| key(a).cmp(&key(b)));
    }
}

/// Slice methods that clone elements.
pub trait SliceCloneMethods {
    type Elem;
    fn to_vec(&self) -> Vec<Self::Elem>;
    fn copy_from_slice(&mut self, src: &[Self::Elem]);
    fn fill(&mut self, value: Self::Elem);
}

impl<T: Clone> SliceCloneMethods for [T] {
    type Elem = T;

    fn to_vec(&self) -> Vec<T> {
        let mut v = Vec::with_capacity(self.len());
        for x in self {
            v.push(x.clone());
        }
        v
    }

    #[track_caller]
    fn copy_from_slice(&mut self, src: &[T]) {
        if self.len() != src.len() {
            panic!("source slice length ({}) does not match destination slice length ({})", src.len(), self.len());
        }
        let mut i = 0;
        while i < src.len() {
            self[i] = src[i].clone();
            i += 1;
        }
    }

    fn fill(&mut self, value: T) {
        let mut i = 0;
        while i < self.len() {
            self[i] = value.clone();
            i += 1;
        }
    }
}

/// `[a, b].join(", ")` and `concat()` of strings.
pub trait SliceJoin {
    fn join(&self, sep: &str) -> String;
    fn concat(&self) -> String;
}

impl SliceJoin for [&str] {
    fn join(&self, sep: &str) -> String {
        let mut out = String::new();
        let mut first = true;
        for s in self {
            if !first {
                out.push_str(sep);
            }
            out.push_str(s);
            first = false;
        }
        out
    }

    fn concat(&self) -> String {
        let mut out = String::new();
        for s in self {
            out.push_str(s);
        }
        out
    }
}

impl SliceJoin for [String] {
    fn join(&self, sep: &str) -> String {
        let mut out = String::new();
        let mut first = true;
        for s in self {
            if !first {
                out.push_str(sep);
            }
            out.push_str(s.as_str());
            first = false;
        }
        out
    }

    fn concat(&self) -> String {
        let mut out = String::new();
        for s in self {
            out.push_str(s.as_str());
        }
        out
    }
}

/// `s.windows(n)`: every run of n neighbours, as a slice.
pub struct Windows<'a, T> {
    slice: &'a [T],
    size: usize,
    pos: usize,
}

impl<'a, T> Iterator for Windows<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.pos + self.size > self.slice.len() {
            return None;
        }
        let w = &self.slice[self.pos..self.pos + self.size];
        self.pos += 1;
        Some(w)
    }
}

/// `s.chunks(n)`: consecutive pieces of n (the last may be shorter).
pub struct Chunks<'a, T> {
    slice: &'a [T],
    size: usize,
    pos: usize,
}

impl<'a, T> Iterator for Chunks<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.pos >= self.slice.len() {
            return None;
        }
        let end = if self.pos + self.size < self.slice.len() { self.pos + self.size } else { self.slice.len() };
        let c = &self.slice[self.pos..end];
        self.pos = end;
        Some(c)
    }
}

/// Rc's allocation: the counts beside the value. `weak` counts the Weaks, plus one for all
/// the Rcs together, so the memory goes when both reach zero.
struct RcBox<T> {
    strong: usize,
    weak: usize,
    value: T,
}

/// `std::rc::Rc<T>`: shared ownership of a T on the heap; the T is dropped with the last Rc.
pub struct Rc<T> {
    ptr: *mut RcBox<T>,
}

impl<T> Rc<T> {
    pub fn new(value: T) -> Rc<T> {
        unsafe {
            let p = alloc(Layout::new::<RcBox<T>>()) as *mut RcBox<T>;
            ptr::write(p, RcBox { strong: 1, weak: 1, value });
            Rc { ptr: p }
        }
    }

    pub fn strong_count(this: &Rc<T>) -> usize {
        unsafe { (*this.ptr).strong }
    }

    pub fn weak_count(this: &Rc<T>) -> usize {
        unsafe { (*this.ptr).weak - 1 }
    }

    pub fn downgrade(this: &Rc<T>) -> Weak<T> {
        unsafe {
            (*this.ptr).weak += 1;
        }
        Weak { ptr: this.ptr }
    }

    pub fn ptr_eq(a: &Rc<T>, b: &Rc<T>) -> bool {
        a.ptr as usize == b.ptr as usize
    }
}

impl<T> Clone for Rc<T> {
    fn clone(&self) -> Rc<T> {
        unsafe {
            (*self.ptr).strong += 1;
        }
        Rc { ptr: self.ptr }
    }
}

impl<T> Deref for Rc<T> {
    type Target = T;
    fn deref(&self) -> &T {
        unsafe { &(*self.ptr).value }
    }
}

impl<T> Drop for Rc<T> {
    fn drop(&mut self) {
        unsafe {
            (*self.ptr).strong -= 1;
            if (*self.ptr).strong == 0 {
                ptr::drop_in_place(&mut (*self.ptr).value as *mut T);
                (*self.ptr).weak -= 1;
                if (*self.ptr).weak == 0 {
                    dealloc(self.ptr as *mut u8, Layout::new::<RcBox<T>>());
                }
            }
        }
    }
}

impl<T: Display> Display for Rc<T> {
    fn fmt(&self, f: &mut Formatter) -> FmtResult {
        Display::fmt(&**self, f)
    }
}

impl<T: Debug> Debug for Rc<T> {
    fn fmt(&self, f: &mut Formatter) -> FmtResult {
        Debug::fmt(&**self, f)
    }
}

impl<T: PartialEq> PartialEq for Rc<T> {
    fn eq(&self, other: &Rc<T>) -> bool {
        **self == **other
    }
}

/// `std::rc::Weak<T>`: a pointer to an Rc's value that does not keep it alive.
pub struct Weak<T> {
    ptr: *mut RcBox<T>,
}

impl<T> Weak<T> {
    /// A Weak to nothing: it never upgrades.
    pub fn new() -> Weak<T> {
        Weak { ptr: ptr::null_mut() }
    }

    /// An Rc again, if the value is still alive.
    pub fn upgrade(&self) -> Option<Rc<T>> {
        if self.ptr.is_null() {
            return None;
        }
        unsafe {
            if (*self.ptr).strong == 0 {
                None
            } else {
                (*self.ptr).strong += 1;
                Some(Rc { ptr: self.ptr })
            }
        }
    }

    pub fn strong_count(&self) -> usize {
        if self.ptr.is_null() {
            return 0;
        }
        unsafe { (*self.ptr).strong }
    }
}

impl<T> Clone for Weak<T> {
    fn clone(&self) -> Weak<T> {
        if !self.ptr.is_null() {
            unsafe {
                (*self.ptr).weak += 1;
            }
        }
        Weak { ptr: self.ptr }
    }
}

impl<T> Drop for Weak<T> {
    fn drop(&mut self) {
        if self.ptr.is_null() {
            return;
        }
        unsafe {
            (*self.ptr).weak -= 1;
            if (*self.ptr).weak == 0 {
                dealloc(self.ptr as *mut u8, Layout::new::<RcBox<T>>());
            }
        }
    }
}

/// `std::cell::RefCell<T>`: a T that `&self` may borrow mutably, the borrow rules checked
/// at run time (a conflicting borrow panics). `borrow` counts readers; -1 is a writer.
pub struct RefCell<T> {
    borrow: isize,
    value: T,
}

impl<T> RefCell<T> {
    pub fn new(value: T) -> RefCell<T> {
        RefCell { borrow: 0, value }
    }

    #[track_caller]
    pub fn borrow(&self) -> Ref<T> {
        let cell = self as *const RefCell<T> as *mut RefCell<T>;
        unsafe {
            if (*cell).borrow < 0 {
                panic!("RefCell already mutably borrowed");
            }
            (*cell).borrow += 1;
        }
        Ref { cell }
    }

    #[track_caller]
    pub fn borrow_mut(&self) -> RefMut<T> {
        let cell = self as *const RefCell<T> as *mut RefCell<T>;
        unsafe {
            if (*cell).borrow != 0 {
                panic!("RefCell already borrowed");
            }
            (*cell).borrow = -1;
        }
        RefMut { cell }
    }

    pub fn into_inner(self) -> T {
        self.value
    }
}

impl<T: Debug> Debug for RefCell<T> {
    fn fmt(&self, f: &mut Formatter) -> FmtResult {
        write!(f, "RefCell {{ value: ")?;
        Debug::fmt(&self.value, f)?;
        write!(f, " }}")
    }
}

/// What `RefCell::borrow` gives: a shared borrow, released when it is dropped.
pub struct Ref<T> {
    cell: *mut RefCell<T>,
}

impl<T> Deref for Ref<T> {
    type Target = T;
    fn deref(&self) -> &T {
        unsafe { &(*self.cell).value }
    }
}

impl<T> Drop for Ref<T> {
    fn drop(&mut self) {
        unsafe {
            (*self.cell).borrow -= 1;
        }
    }
}

impl<T: Display> Display for Ref<T> {
    fn fmt(&self, f: &mut Formatter) -> FmtResult {
        Display::fmt(&**self, f)
    }
}

impl<T: Debug> Debug for Ref<T> {
    fn fmt(&self, f: &mut Formatter) -> FmtResult {
        Debug::fmt(&**self, f)
    }
}

/// What `RefCell::borrow_mut` gives: the one mutable borrow, released when it is dropped.
pub struct RefMut<T> {
    cell: *mut RefCell<T>,
}

impl<T> Deref for RefMut<T> {
    type Target = T;
    fn deref(&self) -> &T {
        unsafe { &(*self.cell).value }
    }
}

impl<T> DerefMut for RefMut<T> {
    fn deref_mut(&mut self) -> &mut T {
        unsafe { &mut (*self.cell).value }
    }
}

impl<T> Drop for RefMut<T> {
    fn drop(&mut self) {
        unsafe {
            (*self.cell).borrow = 0;
        }
    }
}

impl<T: Display> Display for RefMut<T> {
    fn fmt(&self, f: &mut Formatter) -> FmtResult {
        Display::fmt(&**self, f)
    }
}

impl<T: Debug> Debug for RefMut<T> {
    fn fmt(&self, f: &mut Formatter) -> FmtResult {
        Debug::fmt(&**self, f)
    }
}

/// `std::cell::Cell<T>`: a T that `&self` may replace (get copies it out).
pub struct Cell<T> {
    value: T,
}

impl<T> Cell<T> {
    pub fn new(value: T) -> Cell<T> {
        Cell { value }
    }

    pub fn set(&self, value: T) {
        let p = self as *const Cell<T> as *mut Cell<T>;
        unsafe {
            (*p).value = value;
        }
    }

    pub fn replace(&self, value: T) -> T {
        let p = self as *const Cell<T> as *mut Cell<T>;
        unsafe { mem_replace(&mut (*p).value, value) }
    }

    pub fn into_inner(self) -> T {
        self.value
    }
}

/// Cell's `get`, for Copy values.
impl<T: Copy> Cell<T> {
    pub fn get(&self) -> T {
        self.value
    }
}

impl<T: Copy + Debug> Debug for Cell<T> {
    fn fmt(&self, f: &mut Formatter) -> FmtResult {
        write!(f, "Cell {{ value: ")?;
        Debug::fmt(&self.value, f)?;
        write!(f, " }}")
    }
}

/// `==` and `!=`.
pub trait PartialEq {}
/// `==` is an equivalence relation.
pub trait Eq: PartialEq {}
/// `<`, `<=`, `>`, `>=`: derived, built in, or by hand through `partial_cmp`.
pub trait PartialOrd: PartialEq {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering>;
}
/// A total order: derived, built in, or by hand through `cmp`.
pub trait Ord: Eq + PartialOrd {
    fn cmp(&self, other: &Self) -> Ordering;
}
/// `T::default()`: derived, built in for the primitive types, or written by hand.
pub trait Default {
    fn default() -> Self;
}

// Operators on a type of the program: `impl Add for Point { type Output = Point; fn add(self,
// rhs: Point) -> Point { .. } }` makes `a + b` call `add`. Rust's generic parameter
// (`Add<Rhs>`) and `Output` are taken from the impl's method.
// Calls: `F: Fn(i32) -> i32` bounds a parameter that closures (and fn items) satisfy.
/// Called any number of times, through a shared reference.
pub trait Fn: FnMut {}
/// Called any number of times; may change what it captured.
pub trait FnMut: FnOnce {}
/// Called at least once.
pub trait FnOnce {}

/// A sequence of values, one per `next()` until `None`; `for x in it` runs over them.
pub trait Iterator {
    type Item;
    fn next(&mut self) -> Option<Self::Item>;

    /// How many values are left (consumes the iterator).
    fn count(mut self) -> usize {
        let mut n = 0;
        while let Some(_) = self.next() {
            n += 1;
        }
        n
    }

    /// The last value, if any (consumes the iterator).
    fn last(mut self) -> Option<Self::Item> {
        let mut last = None;
        while let Some(value) = self.next() {
            last = Some(value);
        }
        last
    }

    /// The n-th value from here (0-based), skipping those before it.
    fn nth(&mut self, n: usize) -> Option<Self::Item> {
        let mut left = n;
        while let Some(value) = self.next() {
            if left == 0 {
                return Some(value);
            }
            left -= 1;
        }
        None
    }

    /// Each value passed through `f`.
    fn map<B, F: FnMut(Self::Item) -> B>(self, f: F) -> Map<Self, F> {
        Map { iter: self, f: f }
    }

    /// The values for which `predicate` is true.
    fn filter<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> Filter<Self, P> {
        Filter { iter: self, predicate: predicate }
    }

    /// The items while predicate holds; none after the first that fails it.
    fn take_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> TakeWhile<Self, P> {
        TakeWhile { iter: self, predicate: predicate, done: false }
    }

    /// The items from the first that fails predicate on.
    fn skip_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> SkipWhile<Self, P> {
        SkipWhile { iter: self, predicate: predicate, skipping: true }
    }

    /// `f(value)` for each value, keeping the `Some`s' contents.
    fn filter_map<B, F: FnMut(Self::Item) -> Option<B>>(self, f: F) -> FilterMap<Self, F> {
        FilterMap { iter: self, f: f }
    }

    /// Each value with its index: `(0, a), (1, b), ...`.
    fn enumerate(self) -> Enumerate<Self> {
        Enumerate { iter: self, count: 0 }
    }

    /// At most the first `n` values.
    fn take(self, n: usize) -> Take<Self> {
        Take { iter: self, left: n }
    }

    /// The values after the first `n`.
    fn skip(self, n: usize) -> Skip<Self> {
        Skip { iter: self, skip: n }
    }

    /// `f(...f(f(init, a), b)..., z)`.
    fn fold<B, F: FnMut(B, Self::Item) -> B>(mut self, init: B, mut f: F) -> B {
        let mut acc = init;
        while let Some(value) = self.next() {
            acc = f(acc, value);
        }
        acc
    }

    /// `f(value)` for each value.
    fn for_each<F: FnMut(Self::Item)>(mut self, mut f: F) {
        while let Some(value) = self.next() {
            f(value);
        }
    }

    /// Whether `f` is true for some value (stops at the first).
    fn any<F: FnMut(Self::Item) -> bool>(&mut self, mut f: F) -> bool {
        while let Some(value) = self.next() {
            if f(value) {
                return true;
            }
        }
        false
    }

    /// Whether `f` is true for every value (stops at the first false).
    fn all<F: FnMut(Self::Item) -> bool>(&mut self, mut f: F) -> bool {
        while let Some(value) = self.next() {
            if !f(value) {
                return false;
            }
        }
        true
    }

    /// The first value for which `predicate` is true.
    fn find<P: FnMut(&Self::Item) -> bool>(&mut self, mut predicate: P) -> Option<Self::Item> {
        while let Some(value) = self.next() {
            if predicate(&value) {
                return Some(value);
            }
        }
        None
    }

    /// The index of the first value for which `predicate` is true.
    fn position<P: FnMut(Self::Item) -> bool>(&mut self, mut predicate: P) -> Option<usize> {
        let mut i = 0;
        while let Some(value) = self.next() {
            if predicate(value) {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    /// The values multiplied: `P::product(self)` (`1` for none).
    fn product<P: Product<Self::Item>>(self) -> P {
        P::product(self)
    }

    /// The largest value (the last of equals), or None.
    fn max(self) -> Option<Self::Item>
    where
        Self::Item: Ord,
    {
        extreme(self, true)
    }

    /// The smallest value (the first of equals), or None.
    fn min(self) -> Option<Self::Item>
    where
        Self::Item: Ord,
    {
        extreme(self, false)
    }

    /// The values behind references (`slice.iter().copied()`).
    fn copied(self) -> Copied<Self> {
        Copied { iter: self }
    }

    /// Clones of the values behind references (`names.iter().cloned()`).
    fn cloned(self) -> Cloned<Self> {
        Cloned { iter: self }
    }

    /// An iterator whose next value can be looked at (`peek`) before it is taken.
    fn peekable(self) -> Peekable<Self, Self::Item> {
        Peekable { iter: self, peeked: None }
    }

    /// The first value, then every `step`-th (panics if step is 0).
    fn step_by(self, step: usize) -> StepBy<Self> {
        assert!(step != 0);
        StepBy { iter: self, step: step, first: true }
    }

    /// The value for which `key` is largest (the last of equals).
    fn max_by_key<B: Ord, F: FnMut(&Self::Item) -> B>(self, key: F) -> Option<Self::Item> {
        extreme_by_key::<Self, B, F>(self, key, true)
    }

    /// The value for which `key` is smallest (the first of equals).
    fn min_by_key<B: Ord, F: FnMut(&Self::Item) -> B>(self, key: F) -> Option<Self::Item> {
        extreme_by_key::<Self, B, F>(self, key, false)
    }

    /// The largest value by `compare` (the last of equals).
    fn max_by<F: FnMut(&Self::Item, &Self::Item) -> Ordering>(self, compare: F) -> Option<Self::Item> {
        extreme_by::<Self, F>(self, compare, true)
    }

    /// The smallest value by `compare` (the first of equals).
    fn min_by<F: FnMut(&Self::Item, &Self::Item) -> Ordering>(self, compare: F) -> Option<Self::Item> {
        extreme_by::<Self, F>(self, compare, false)
    }

    /// The values from the back.
    fn rev(self) -> Rev<Self>
    where
        Self: DoubleEndedIterator,
    {
        Rev { iter: self }
    }

    /// Pairs of this iterator's and `other`'s values, until either ends.
    fn zip<U: Iterator>(self, other: U) -> Zip<Self, U> {
        Zip { a: self, b: other }
    }

    /// This iterator's values, then `other`'s.
    fn chain<U: Iterator<Item = Self::Item>>(self, other: U) -> Chain<Self, U> {
        Chain { a: self, b: other, first_done: false }
    }

    /// The items gathered into a B: `B::from_iter(self)` (`collect::<Vec<_>>()`,
    /// `let s: String = ...`).
    fn collect<B: FromIterator<Self::Item>>(self) -> B {
        B::from_iter(self)
    }

    /// The items for which f holds, and the others, each in order (into two Vecs).
    fn partition<F: FnMut(&Self::Item) -> bool>(mut self, mut f: F) -> (Vec<Self::Item>, Vec<Self::Item>) {
        let mut yes = Vec::new();
        let mut no = Vec::new();
        while let Some(x) = self.next() {
            if f(&x) {
                yes.push(x);
            } else {
                no.push(x);
            }
        }
        (yes, no)
    }

    /// The values added up: `S::sum(self)` (`0` for none).
    fn sum<S: Sum<Self::Item>>(self) -> S {
        S::sum(self)
    }
}

/// What `iter.sum()` makes from an iterator of A (numbers: their total).
#[diagnostic::on_unimplemented(
    message = "a value of type `{Self}` cannot be made by summing an iterator over elements of type `{A}`",
    label = "value of type `{Self}` cannot be made by summing a `std::iter::Iterator<Item={A}>`"
)]
pub trait Sum<A = Self> {
    fn sum<I: Iterator<Item = A>>(iter: I) -> Self;
}

/// What `iter.product()` makes from an iterator of A (numbers: their product).
#[diagnostic::on_unimplemented(
    message = "a value of type `{Self}` cannot be made by multiplying all elements of type `{A}` from an iterator",
    label = "value of type `{Self}` cannot be made by multiplying all elements from a `std::iter::Iterator<Item={A}>`"
)]
pub trait Product<A = Self> {
    fn product<I: Iterator<Item = A>>(iter: I) -> Self;
}

/// The primitive numbers, with their zero and one: rustc's library implements Sum and
/// Product for each, and for references to each, by a macro; here by the impls over T and
/// &T with `T: Number` below.
pub trait Number: Copy {
    fn zero() -> Self;
    fn one() -> Self;
}

impl Number for i8 { fn zero() -> i8 { 0 } fn one() -> i8 { 1 } }
impl Number for i16 { fn zero() -> i16 { 0 } fn one() -> i16 { 1 } }
impl Number for i32 { fn zero() -> i32 { 0 } fn one() -> i32 { 1 } }
impl Number for i64 { fn zero() -> i64 { 0 } fn one() -> i64 { 1 } }
impl Number for i128 { fn zero() -> i128 { 0 } fn one() -> i128 { 1 } }
impl Number for isize { fn zero() -> isize { 0 } fn one() -> isize { 1 } }
impl Number for u8 { fn zero() -> u8 { 0 } fn one() -> u8 { 1 } }
impl Number for u16 { fn zero() -> u16 { 0 } fn one() -> u16 { 1 } }
impl Number for u32 { fn zero() -> u32 { 0 } fn one() -> u32 { 1 } }
impl Number for u64 { fn zero() -> u64 { 0 } fn one() -> u64 { 1 } }
impl Number for u128 { fn zero() -> u128 { 0 } fn one() -> u128 { 1 } }
impl Number for usize { fn zero() -> usize { 0 } fn one() -> usize { 1 } }
impl Number for f32 { fn zero() -> f32 { 0.0 } fn one() -> f32 { 1.0 } }
impl Number for f64 { fn zero() -> f64 { 0.0 } fn one() -> f64 { 1.0 } }

impl<T: Number + Add<Output = T>> Sum<T> for T {
    fn sum<I: Iterator<Item = T>>(mut iter: I) -> T {
        let mut total = T::zero();
        while let Some(value) = iter.next() {
            total = total + value;
        }
        total
    }
}

impl<'a, T: Number + Add<Output = T>> Sum<&'a T> for T {
    fn sum<I: Iterator<Item = &'a T>>(mut iter: I) -> T {
        let mut total = T::zero();
        while let Some(value) = iter.next() {
            total = total + *value;
        }
        total
    }
}

impl<T: Number + Mul<Output = T>> Product<T> for T {
    fn product<I: Iterator<Item = T>>(mut iter: I) -> T {
        let mut total = T::one();
        while let Some(value) = iter.next() {
            total = total * value;
        }
        total
    }
}

impl<'a, T: Number + Mul<Output = T>> Product<&'a T> for T {
    fn product<I: Iterator<Item = &'a T>>(mut iter: I) -> T {
        let mut total = T::one();
        while let Some(value) = iter.next() {
            total = total * *value;
        }
        total
    }
}

/// The integer types, which ranges count with: `forward` is `self + 1` and `backward`
/// `self - 1`, built in.
pub trait Step: Copy + PartialOrd {
    fn forward(self) -> Self;
    fn backward(self) -> Self;
}

/// An iterator that can also be taken from its back end: `rev()` reverses it.
/// What a `for` loop can run over: `for x in c` is `for x in c.into_iter()` (for types
/// that are not iterators themselves; implement it for `&'a C` to loop over `&c`).
pub trait IntoIterator {
    type Item;
    type IntoIter: Iterator<Item = Self::Item>;
    fn into_iter(self) -> Self::IntoIter;
}

/// Every iterator is one: `into_iter()` gives it back.
impl<I: Iterator> IntoIterator for I {
    type Item = I::Item;
    type IntoIter = I;
    fn into_iter(self) -> I {
        self
    }
}

/// What `iter.collect()` builds from the items of an iterator of A.
#[diagnostic::on_unimplemented(
    message = "a value of type `{Self}` cannot be built from an iterator over elements of type `{A}`",
    label = "value of type `{Self}` cannot be built from `std::iter::Iterator<Item={A}>`"
)]
pub trait FromIterator<A> {
    fn from_iter<I: IntoIterator<Item = A>>(iter: I) -> Self;
}

/// `c.extend(iter)`: the items of an iterator of A added to a collection.
pub trait Extend<A> {
    fn extend<I: IntoIterator<Item = A>>(&mut self, iter: I);
}

impl<T> FromIterator<T> for Vec<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Vec<T> {
        let mut v = Vec::new();
        for x in iter {
            v.push(x);
        }
        v
    }
}

/// Pushes every item, in order.
impl<T> Extend<T> for Vec<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for x in iter {
            self.push(x);
        }
    }
}

/// Pushes a copy of every item, in order.
impl<'a, T: Copy> Extend<&'a T> for Vec<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        for x in iter {
            self.push(*x);
        }
    }
}

/// Appends chars, `&char`s, `&str`s or Strings.
impl<P: StringPiece> Extend<P> for String {
    fn extend<I: IntoIterator<Item = P>>(&mut self, iter: I) {
        for piece in iter {
            piece.push_onto(self);
        }
    }
}

/// A slice's elements, borrowed: `for x in &v[1..]`, `v.extend(&a[..])`.
impl<'a, T> IntoIterator for &'a [T] {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

/// The values of an iterator of Options until the first None, which it notes in `failed`:
/// what `collect::<Option<V>>()` builds V from.
pub struct OptionShunt<'a, I, A> {
    iter: I,
    failed: &'a mut bool,
    item_type: Option<A>, // always None: names A, the Item (Patina has no PhantomData)
}

impl<'a, A, I: Iterator<Item = Option<A>>> Iterator for OptionShunt<'a, I, A> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        match self.iter.next() {
            Some(Some(value)) => Some(value),
            Some(None) => {
                *self.failed = true;
                None
            }
            None => None,
        }
    }
}

/// `Some` of every value collected, or None when any item is None.
impl<A, V: FromIterator<A>> FromIterator<Option<A>> for Option<V> {
    fn from_iter<I: IntoIterator<Item = Option<A>>>(iter: I) -> Option<V> {
        let mut failed = false;
        let shunt = OptionShunt { iter: iter.into_iter(), failed: &mut failed, item_type: None };
        let v: V = V::from_iter(shunt);
        if failed { None } else { Some(v) }
    }
}

/// The values of an iterator of Results until the first Err, which it keeps in `error`:
/// what `collect::<Result<V, E>>()` builds V from.
pub struct ResultShunt<'a, I, A, E> {
    iter: I,
    error: &'a mut Option<E>,
    item_type: Option<A>, // always None: names A, the Item (Patina has no PhantomData)
}

impl<'a, A, E, I: Iterator<Item = Result<A, E>>> Iterator for ResultShunt<'a, I, A, E> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        match self.iter.next() {
            Some(Ok(value)) => Some(value),
            Some(Err(e)) => {
                *self.error = Some(e);
                None
            }
            None => None,
        }
    }
}

/// `Ok` of every value collected, or the first `Err`.
impl<A, E, V: FromIterator<A>> FromIterator<Result<A, E>> for Result<V, E> {
    fn from_iter<I: IntoIterator<Item = Result<A, E>>>(iter: I) -> Result<V, E> {
        let mut error = None;
        let shunt = ResultShunt { iter: iter.into_iter(), error: &mut error, item_type: None };
        let v: V = V::from_iter(shunt);
        match error {
            Some(e) => Err(e),
            None => Ok(v),
        }
    }
}

/// A String from chars, `&char`s, `&str`s or Strings.
impl<P: StringPiece> FromIterator<P> for String {
    fn from_iter<I: IntoIterator<Item = P>>(iter: I) -> String {
        let mut s = String::new();
        for piece in iter {
            piece.push_onto(&mut s);
        }
        s
    }
}

pub trait DoubleEndedIterator: Iterator {
    fn next_back(&mut self) -> Option<Self::Item>;
}

impl<T: Step> DoubleEndedIterator for Range<T> {
    fn next_back(&mut self) -> Option<T> {
        if self.start < self.end {
            self.end = self.end.backward();
            Some(self.end)
        } else {
            None
        }
    }
}

impl<T: Step> DoubleEndedIterator for RangeInclusive<T> {
    fn next_back(&mut self) -> Option<T> {
        if self.exhausted || self.start > self.end {
            return None;
        }
        let value = self.end;
        if self.start < self.end {
            self.end = self.end.backward();
        } else {
            self.exhausted = true;
        }
        Some(value)
    }
}

/// `iter.rev()`.
pub struct Rev<I> {
    iter: I,
}

impl<I: DoubleEndedIterator> Iterator for Rev<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        self.iter.next_back()
    }
}

/// `start..end`: from start up to, not including, end.
#[derive(Clone, Copy, PartialEq)]
pub struct Range<Idx> {
    pub start: Idx,
    pub end: Idx,
}

impl<T: Step> Iterator for Range<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if self.start < self.end {
            let value = self.start;
            self.start = self.start.forward();
            Some(value)
        } else {
            None
        }
    }
}

impl<Idx: PartialOrd> Range<Idx> {
    /// start <= item < end.
    pub fn contains(&self, item: &Idx) -> bool {
        self.start <= *item && *item < self.end
    }

    pub fn is_empty(&self) -> bool {
        !(self.start < self.end)
    }
}

impl<T: Debug> Debug for Range<T> {
    fn fmt(&self, f: &mut Formatter) -> FmtResult {
        write!(f, "{:?}..{:?}", self.start, self.end)
    }
}

/// `start..=end`: from start up to and including end.
#[derive(Clone, Copy, PartialEq)]
pub struct RangeInclusive<Idx> {
    start: Idx,
    end: Idx,
    exhausted: bool,
}

impl<Idx: PartialOrd> RangeInclusive<Idx> {
    /// start <= item <= end.
    pub fn contains(&self, item: &Idx) -> bool {
        self.start <= *item && *item <= self.end
    }

    pub fn is_empty(&self) -> bool {
        self.exhausted || !(self.start <= self.end)
    }
}

impl<T: Debug> Debug for RangeInclusive<T> {
    fn fmt(&self, f: &mut Formatter) -> FmtResult {
        write!(f, "{:?}..={:?}", self.start, self.end)
    }
}

impl<T: Step> Iterator for RangeInclusive<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if self.exhausted || self.start > self.end {
            return None;
        }
        let value = self.start;
        if self.start < self.end {
            self.start = self.start.forward();
        } else {
            self.exhausted = true;
        }
        Some(value)
    }
}

/// The largest (the last of equals) or smallest (the first of equals) value of `it`.
fn extreme<I: Iterator>(mut it: I, largest: bool) -> Option<I::Item>
where
    I::Item: Ord,
{
    let mut best = it.next();
    while let Some(value) = it.next() {
        let better = match &best {
            Some(b) => {
                if largest {
                    value >= *b
                } else {
                    value < *b
                }
            }
            None => true,
        };
        if better {
            best = Some(value);
        }
    }
    best
}

/// The value of `it` whose key is largest (the last of equals) or smallest (the first).
fn extreme_by<I: Iterator, F: FnMut(&I::Item, &I::Item) -> Ordering>(mut it: I, mut compare: F, largest: bool) -> Option<I::Item> {
    let mut best = it.next()?;
    while let Some(value) = it.next() {
        let order = compare(&value, &best);
        let better = if largest { order != Ordering::Less } else { order == Ordering::Less };
        if better {
            best = value;
        }
    }
    Some(best)
}

fn extreme_by_key<I: Iterator, B: Ord, F: FnMut(&I::Item) -> B>(mut it: I, mut key: F, largest: bool) -> Option<I::Item> {
    let mut best = it.next();
    let mut best_key = match &best {
        Some(v) => Some(key(v)),
        None => None,
    };
    while let Some(value) = it.next() {
        let k = key(&value);
        let better = match &best_key {
            Some(b) => {
                if largest {
                    k >= *b
                } else {
                    k < *b
                }
            }
            None => true,
        };
        if better {
            best = Some(value);
            best_key = Some(k);
        }
    }
    best
}

/// `slice.iter()` (and `array.iter()`): references to the elements, front to back.
pub struct Iter<'a, T> {
    slice: &'a [T],
    pos: usize,
    end: usize,
}

impl<'a, T> Iter<'a, T> {
    /// How many elements are left.
    pub fn len(&self) -> usize {
        self.end - self.pos
    }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        if self.pos < self.end {
            self.pos += 1;
            Some(&self.slice[self.pos - 1])
        } else {
            None
        }
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        if self.pos < self.end {
            self.end -= 1;
            Some(&self.slice[self.end])
        } else {
            None
        }
    }
}

/// `iter.peekable()`. (std's has one parameter, `Peekable<I>`; this one also names the item
/// type it holds, `Peekable<I, I::Item>`.)
pub struct Peekable<I, T> {
    iter: I,
    peeked: Option<Option<T>>,
}

impl<I: Iterator<Item = T>, T> Iterator for Peekable<I, T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        match self.peeked.take() {
            Some(value) => value,
            None => self.iter.next(),
        }
    }
}

/// `peek` and `next_if` of `Peekable` (a trait here only so that its impl can bound I;
/// std has them as inherent methods).
pub trait PeekableMethods {
    type Item;
    fn peek(&mut self) -> Option<&Self::Item>;
    fn next_if<F: FnOnce(&Self::Item) -> bool>(&mut self, pred: F) -> Option<Self::Item>;
}

impl<I: Iterator<Item = T>, T> PeekableMethods for Peekable<I, T> {
    type Item = T;
    /// The next value, without taking it.
    fn peek(&mut self) -> Option<&T> {
        if self.peeked.is_none() {
            self.peeked = Some(self.iter.next());
        }
        match &self.peeked {
            Some(Some(value)) => Some(value),
            _ => None,
        }
    }

    /// Takes the next value only if `pred` accepts it.
    fn next_if<F: FnOnce(&T) -> bool>(&mut self, pred: F) -> Option<T> {
        if self.peeked.is_none() {
            self.peeked = Some(self.iter.next());
        }
        let accept = match &self.peeked {
            Some(Some(value)) => pred(value),
            _ => false,
        };
        if accept {
            match self.peeked.take() {
                Some(value) => value,
                None => None,
            }
        } else {
            None
        }
    }
}

/// `slice.iter_mut()` (and `array.iter_mut()`): mutable references to the elements.
pub struct IterMut<'a, T> {
    slice: &'a mut [T],
    pos: usize,
    end: usize,
}

impl<'a, T> IterMut<'a, T> {
    /// How many elements are left.
    pub fn len(&self) -> usize {
        self.end - self.pos
    }
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;
    fn next(&mut self) -> Option<&'a mut T> {
        if self.pos < self.end {
            self.pos += 1;
            // each element is handed out once (pos moves past it), so the `&'a mut` may
            // outlive this borrow of self: std's IterMut walks a raw pointer for the same
            let element = &mut self.slice[self.pos - 1] as *mut T;
            unsafe { Some(&mut *element) }
        } else {
            None
        }
    }
}

impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut T> {
        if self.pos < self.end {
            self.end -= 1;
            let element = &mut self.slice[self.end] as *mut T;
            unsafe { Some(&mut *element) }
        } else {
            None
        }
    }
}

/// `iter.copied()`: the values behind an iterator of references.
pub struct Copied<I> {
    iter: I,
}

impl<'a, T: Copy, I: Iterator<Item = &'a T>> Iterator for Copied<I> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        match self.iter.next() {
            Some(r) => Some(*r),
            None => None,
        }
    }
}

impl<'a, T: Copy, I: Iterator<Item = &'a T> + DoubleEndedIterator> DoubleEndedIterator for Copied<I> {
    fn next_back(&mut self) -> Option<T> {
        match self.iter.next_back() {
            Some(r) => Some(*r),
            None => None,
        }
    }
}

/// `iter.cloned()`: clones of the values behind an iterator of references.
pub struct Cloned<I> {
    iter: I,
}

impl<'a, T: Clone, I: Iterator<Item = &'a T>> Iterator for Cloned<I> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        match self.iter.next() {
            Some(r) => Some(r.clone()),
            None => None,
        }
    }
}

impl<'a, T: Clone, I: Iterator<Item = &'a T> + DoubleEndedIterator> DoubleEndedIterator for Cloned<I> {
    fn next_back(&mut self) -> Option<T> {
        match self.iter.next_back() {
            Some(r) => Some(r.clone()),
            None => None,
        }
    }
}

/// `iter.step_by(n)`: the first value, then every n-th.
pub struct StepBy<I> {
    iter: I,
    step: usize,
    first: bool,
}

impl<I: Iterator> Iterator for StepBy<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        if self.first {
            self.first = false;
        } else {
            let mut skip = self.step - 1;
            while skip > 0 {
                self.iter.next();
                skip -= 1;
            }
        }
        self.iter.next()
    }
}

/// `iter.map(f)`.
pub struct Map<I, F> {
    iter: I,
    f: F,
}

impl<B, I: Iterator, F: FnMut(I::Item) -> B> Iterator for Map<I, F> {
    type Item = B;
    fn next(&mut self) -> Option<B> {
        match self.iter.next() {
            Some(value) => Some((self.f)(value)),
            None => None,
        }
    }
}

impl<B, I: DoubleEndedIterator, F: FnMut(I::Item) -> B> DoubleEndedIterator for Map<I, F> {
    fn next_back(&mut self) -> Option<B> {
        match self.iter.next_back() {
            Some(value) => Some((self.f)(value)),
            None => None,
        }
    }
}

/// `iter.filter_map(f)`.
pub struct FilterMap<I, F> {
    iter: I,
    f: F,
}

impl<B, I: Iterator, F: FnMut(I::Item) -> Option<B>> Iterator for FilterMap<I, F> {
    type Item = B;
    fn next(&mut self) -> Option<B> {
        while let Some(value) = self.iter.next() {
            if let Some(mapped) = (self.f)(value) {
                return Some(mapped);
            }
        }
        None
    }
}

/// `iter.take_while(predicate)`.
pub struct TakeWhile<I, P> {
    iter: I,
    predicate: P,
    done: bool,
}

impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for TakeWhile<I, P> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        if self.done {
            return None;
        }
        match self.iter.next() {
            Some(value) => {
                if (self.predicate)(&value) {
                    Some(value)
                } else {
                    self.done = true;
                    None
                }
            }
            None => None,
        }
    }
}

/// `iter.skip_while(predicate)`.
pub struct SkipWhile<I, P> {
    iter: I,
    predicate: P,
    skipping: bool,
}

impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for SkipWhile<I, P> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        while let Some(value) = self.iter.next() {
            if !self.skipping || !(self.predicate)(&value) {
                self.skipping = false;
                return Some(value);
            }
        }
        None
    }
}

/// `iter.filter(predicate)`.
pub struct Filter<I, P> {
    iter: I,
    predicate: P,
}

impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for Filter<I, P> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        while let Some(value) = self.iter.next() {
            if (self.predicate)(&value) {
                return Some(value);
            }
        }
        None
    }
}

impl<I: DoubleEndedIterator, P: FnMut(&I::Item) -> bool> DoubleEndedIterator for Filter<I, P> {
    fn next_back(&mut self) -> Option<I::Item> {
        while let Some(value) = self.iter.next_back() {
            if (self.predicate)(&value) {
                return Some(value);
            }
        }
        None
    }
}

/// `a.zip(b)`.
pub struct Zip<A, B> {
    a: A,
    b: B,
}

impl<A: Iterator, B: Iterator> Iterator for Zip<A, B> {
    type Item = (A::Item, B::Item);
    fn next(&mut self) -> Option<(A::Item, B::Item)> {
        match self.a.next() {
            Some(x) => match self.b.next() {
                Some(y) => Some((x, y)),
                None => None,
            },
            None => None,
        }
    }
}

/// `a.chain(b)`.
pub struct Chain<A, B> {
    a: A,
    b: B,
    first_done: bool,
}

impl<A: Iterator, B: Iterator<Item = A::Item>> Iterator for Chain<A, B> {
    type Item = A::Item;
    fn next(&mut self) -> Option<A::Item> {
        if !self.first_done {
            match self.a.next() {
                Some(x) => return Some(x),
                None => self.first_done = true,
            }
        }
        self.b.next()
    }
}

/// `iter.enumerate()`.
pub struct Enumerate<I> {
    iter: I,
    count: usize,
}

impl<I: Iterator> Iterator for Enumerate<I> {
    type Item = (usize, I::Item);
    fn next(&mut self) -> Option<(usize, I::Item)> {
        match self.iter.next() {
            Some(value) => {
                self.count += 1;
                Some((self.count - 1, value))
            }
            None => None,
        }
    }
}

/// `iter.take(n)`.
pub struct Take<I> {
    iter: I,
    left: usize,
}

impl<I: Iterator> Iterator for Take<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        self.iter.next()
    }
}

/// `iter.skip(n)`.
pub struct Skip<I> {
    iter: I,
    skip: usize,
}

impl<I: Iterator> Iterator for Skip<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        while self.skip > 0 {
            self.skip -= 1;
            self.iter.next();
        }
        self.iter.next()
    }
}

/// `a + b`.
pub trait Add {}
/// `a - b`.
pub trait Sub {}
/// `a * b`.
pub trait Mul {}
/// `a / b`.
pub trait Div {}
/// `a % b`.
pub trait Rem {}
/// `-a`.
pub trait Neg {}
/// `a += b`.
pub trait AddAssign {}
/// `a -= b`.
pub trait SubAssign {}
/// `a *= b`.
pub trait MulAssign {}
/// `a /= b`.
pub trait DivAssign {}
/// `a %= b`.
pub trait RemAssign {}
/// `a[i]` read: `*a.index(i)` (`type Output` and the index type are the impl's).
pub trait Index {}
/// `a[i]` written or borrowed mutably: `*a.index_mut(i)`.
pub trait IndexMut {}
/// `impl From<S> for T { fn from(value: S) -> T }`: `T::from(s)`, `s.into()` where a T is
/// expected, and the error conversion of `?`. A type may implement it for several S.
pub trait From {}
/// `x.into()`: the `From` impl of the expected type, read backwards.
pub trait Into {}
/// `impl Deref for T { type Target = U; fn deref(&self) -> &U }`: `*t` is `*t.deref()`, and
/// methods and fields of U are reached through a T.
pub trait Deref {}
/// `*t` written or borrowed mutably: `*t.deref_mut()`.
pub trait DerefMut {}

/// `std::cmp::Ordering`: what `a.cmp(&b)` says of a against b.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Ordering {
    Less = -1,
    Equal = 0,
    Greater = 1,
}

impl Ordering {
    /// `Greater` for `Less` and the other way round.
    pub fn reverse(self) -> Ordering {
        match self {
            Ordering::Less => Ordering::Greater,
            Ordering::Equal => Ordering::Equal,
            Ordering::Greater => Ordering::Less,
        }
    }

    /// self, or other where self is `Equal` (comparing by a second key).
    pub fn then(self, other: Ordering) -> Ordering {
        match self {
            Ordering::Equal => other,
            _ => self,
        }
    }

    /// self, or f() where self is `Equal`.
    pub fn then_with<F: FnOnce() -> Ordering>(self, f: F) -> Ordering {
        match self {
            Ordering::Equal => f(),
            _ => self,
        }
    }

    pub fn is_ne(self) -> bool {
        self != Ordering::Equal
    }

    pub fn is_le(self) -> bool {
        self != Ordering::Greater
    }

    pub fn is_ge(self) -> bool {
        self != Ordering::Less
    }

    /// `true` for `Equal`.
    pub fn is_eq(self) -> bool {
        self == Ordering::Equal
    }

    /// `true` for `Less`.
    pub fn is_lt(self) -> bool {
        self == Ordering::Less
    }

    /// `true` for `Greater`.
    pub fn is_gt(self) -> bool {
        self == Ordering::Greater
    }
}

/// An optional value: `Some(value)` or `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Option<T> {
    None,
    Some(T),
}

/// The outcome of an operation that can fail: `Ok(value)` or `Err(error)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Result<T, E> {
    Ok(T),
    Err(E),
}

/// `opt.copied()` of an `Option<&T>` (a trait here because the prelude cannot yet write
/// `impl<T> Option<&T>`; std has it as an inherent method).
pub trait OptionCopied {
    type Item;
    fn copied(self) -> Option<Self::Item>;
}

impl<'a, T: Copy> OptionCopied for Option<&'a T> {
    type Item = T;
    fn copied(self) -> Option<T> {
        match self {
            Some(value) => Some(*value),
            None => None,
        }
    }
}

/// `opt.cloned()` of an `Option<&T>`.
pub trait OptionCloned {
    type Item;
    fn cloned(self) -> Option<Self::Item>;
}

impl<'a, T: Clone> OptionCloned for Option<&'a T> {
    type Item = T;
    fn cloned(self) -> Option<T> {
        match self {
            Some(value) => Some(value.clone()),
            None => None,
        }
    }
}

/// Option methods whose T needs Default (a trait, so that the bound is the impl's).
pub trait OptionDefault {
    type Value;
    fn unwrap_or_default(self) -> Self::Value;
}

impl<T: Default> OptionDefault for Option<T> {
    type Value = T;
    fn unwrap_or_default(self) -> T {
        match self {
            Some(v) => v,
            None => T::default(),
        }
    }
}

/// `opt.as_deref()`: `Option<&T::Target>` of an `Option<T>` whose T derefs (an
/// `Option<Box<Node>>` gives `Option<&Node>`, an `Option<String>` `Option<&str>`); for
/// Box, String and Vec, as `T::Target` cannot be named in an impl yet.
pub trait OptionDeref {
    type Target: ?Sized;
    fn as_deref(&self) -> Option<&Self::Target>;
    fn as_deref_mut(&mut self) -> Option<&mut Self::Target>;
}

impl<T> OptionDeref for Option<Box<T>> {
    type Target = T;
    fn as_deref(&self) -> Option<&T> {
        match self {
            Some(t) => Some(&**t),
            None => None,
        }
    }
    fn as_deref_mut(&mut self) -> Option<&mut T> {
        match self {
            Some(t) => Some(&mut **t),
            None => None,
        }
    }
}

impl OptionDeref for Option<String> {
    type Target = str;
    fn as_deref(&self) -> Option<&str> {
        match self {
            Some(t) => Some(&**t),
            None => None,
        }
    }
    fn as_deref_mut(&mut self) -> Option<&mut str> {
        match self {
            Some(t) => Some(&mut **t),
            None => None,
        }
    }
}

impl<T> OptionDeref for Option<Vec<T>> {
    type Target = [T];
    fn as_deref(&self) -> Option<&[T]> {
        match self {
            Some(t) => Some(&**t),
            None => None,
        }
    }
    fn as_deref_mut(&mut self) -> Option<&mut [T]> {
        match self {
            Some(t) => Some(&mut **t),
            None => None,
        }
    }
}

/// `Result::unwrap_or_default`, for a T with Default.
pub trait ResultDefault {
    type Value;
    fn unwrap_or_default(self) -> Self::Value;
}

impl<T: Default, E> ResultDefault for Result<T, E> {
    type Value = T;
    /// The success value, else T's default.
    fn unwrap_or_default(self) -> T {
        match self {
            Ok(value) => value,
            Err(_) => T::default(),
        }
    }
}

impl<T> Default for Option<T> {
    fn default() -> Option<T> {
        None
    }
}

impl<T> Option<T> {
    /// `true` for `Some(_)`.
    pub fn is_some(&self) -> bool {
        match self {
            Some(_) => true,
            None => false,
        }
    }

    /// `true` for `None`.
    pub fn is_none(&self) -> bool {
        !self.is_some()
    }

    /// The value of a `Some`; panics on `None`.
    #[track_caller]
    pub fn unwrap(self) -> T {
        match self {
            Some(value) => value,
            None => panic!("called `Option::unwrap()` on a `None` value"),
        }
    }

    /// The value of a `Some`; panics with `msg` on `None`.
    #[track_caller]
    pub fn expect(self, msg: &str) -> T {
        match self {
            Some(value) => value,
            None => panic!("{}", msg),
        }
    }

    /// The value of a `Some`, else `default`.
    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Some(value) => value,
            None => default,
        }
    }

    /// A reference to the value inside, if any.
    pub fn as_ref(&self) -> Option<&T> {
        match self {
            Some(value) => Some(value),
            None => None,
        }
    }

    /// The value, leaving `None` in its place. (std writes this with `mem::replace`; the
    /// prelude moves out of `*self` and refills it in one step.)
    pub fn take(&mut self) -> Option<T> {
        mem_replace(self, None)
    }

    /// Puts `value` in, giving back what was there.
    pub fn replace(&mut self, value: T) -> Option<T> {
        mem_replace(self, Some(value))
    }

    /// A mutable reference to the value inside, if any.
    pub fn as_mut(&mut self) -> Option<&mut T> {
        match self {
            Some(value) => Some(value),
            None => None,
        }
    }

    /// `Ok` of the value, or `Err(err)` for `None`.
    pub fn ok_or<E>(self, err: E) -> Result<T, E> {
        match self {
            Some(value) => Ok(value),
            None => Err(err),
        }
    }

    /// `Ok` of the value, or `Err(err())` for `None`.
    pub fn ok_or_else<E, F: FnOnce() -> E>(self, err: F) -> Result<T, E> {
        match self {
            Some(value) => Ok(value),
            None => Err(err()),
        }
    }

    /// `Some(f(value))`, or `None`.
    pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Option<U> {
        match self {
            Some(value) => Some(f(value)),
            None => None,
        }
    }

    /// `f(value)` (itself an Option), or `None`.
    pub fn and_then<U, F: FnOnce(T) -> Option<U>>(self, f: F) -> Option<U> {
        match self {
            Some(value) => f(value),
            None => None,
        }
    }

    /// `f(value)`, or `default` for `None`.
    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U {
        match self {
            Some(value) => f(value),
            None => default,
        }
    }

    /// The value, or `f()` for `None`.
    pub fn unwrap_or_else<F: FnOnce() -> T>(self, f: F) -> T {
        match self {
            Some(value) => value,
            None => f(),
        }
    }

    /// `self` if its value passes `predicate`, else `None`.
    pub fn filter<P: FnOnce(&T) -> bool>(self, predicate: P) -> Option<T> {
        match self {
            Some(value) => {
                if predicate(&value) {
                    Some(value)
                } else {
                    None
                }
            }
            None => None,
        }
    }

    /// `true` for a `Some` whose value passes `f`.
    pub fn is_some_and<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Some(value) => f(value),
            None => false,
        }
    }

    /// `None` if either is `None`, else `Some((a, b))`.
    pub fn zip<U>(self, other: Option<U>) -> Option<(T, U)> {
        match (self, other) {
            (Some(a), Some(b)) => Some((a, b)),
            _ => None,
        }
    }

    /// `self` if it is `Some`, else `other`.
    /// The one that is Some, when exactly one is.
    pub fn xor(self, other: Option<T>) -> Option<T> {
        match (self, other) {
            (Some(a), None) => Some(a),
            (None, Some(b)) => Some(b),
            _ => None,
        }
    }

    pub fn or(self, other: Option<T>) -> Option<T> {
        match self {
            Some(value) => Some(value),
            None => other,
        }
    }

    /// `None` if `self` is `None`, else `other`.
    pub fn and<U>(self, other: Option<U>) -> Option<U> {
        match self {
            Some(_) => other,
            None => None,
        }
    }
}

impl<T, E> Result<T, E> {
    /// `true` for `Ok(_)`.
    pub fn is_ok(&self) -> bool {
        match self {
            Ok(_) => true,
            Err(_) => false,
        }
    }

    /// `true` for `Err(_)`.
    pub fn is_err(&self) -> bool {
        !self.is_ok()
    }

    /// The success value, if any.
    pub fn ok(self) -> Option<T> {
        match self {
            Ok(value) => Some(value),
            Err(_) => None,
        }
    }

    /// The error value, if any.
    pub fn err(self) -> Option<E> {
        match self {
            Ok(_) => None,
            Err(error) => Some(error),
        }
    }

    /// The success value, else `default`.
    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Ok(value) => value,
            Err(_) => default,
        }
    }

    /// `Ok(f(value))`, or the error.
    pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Result<U, E> {
        match self {
            Ok(value) => Ok(f(value)),
            Err(error) => Err(error),
        }
    }

    /// The value, or `Err(f(error))`.
    pub fn map_err<G, F: FnOnce(E) -> G>(self, f: F) -> Result<T, G> {
        match self {
            Ok(value) => Ok(value),
            Err(error) => Err(f(error)),
        }
    }

    /// `f(value)` (itself a Result), or the error.
    pub fn and_then<U, F: FnOnce(T) -> Result<U, E>>(self, f: F) -> Result<U, E> {
        match self {
            Ok(value) => f(value),
            Err(error) => Err(error),
        }
    }

    /// The value, or `f(error)`.
    pub fn unwrap_or_else<F: FnOnce(E) -> T>(self, f: F) -> T {
        match self {
            Ok(value) => value,
            Err(error) => f(error),
        }
    }

    /// The success value; panics with the error on `Err`.
    #[track_caller]
    pub fn unwrap(self) -> T
    where
        E: Debug,
    {
        match self {
            Ok(value) => value,
            Err(error) => panic!("called `Result::unwrap()` on an `Err` value: {:?}", error),
        }
    }

    /// The success value; panics with `msg` and the error on `Err`.
    #[track_caller]
    pub fn expect(self, msg: &str) -> T
    where
        E: Debug,
    {
        match self {
            Ok(value) => value,
            Err(error) => panic!("{}: {:?}", msg, error),
        }
    }

    /// The error value; panics with the success value on `Ok`.
    #[track_caller]
    pub fn unwrap_err(self) -> E
    where
        T: Debug,
    {
        match self {
            Ok(value) => panic!("called `Result::unwrap_err()` on an `Ok` value: {:?}", value),
            Err(error) => error,
        }
    }

    /// References to the value or the error.
    pub fn as_ref(&self) -> Result<&T, &E> {
        match self {
            Ok(value) => Ok(value),
            Err(error) => Err(error),
        }
    }
}
