//@ spec: 17.6
// capacity() must follow rustc's RawVec growth (double, minimum 4, or 8 for bytes) so
// that programs printing capacities agree; with_capacity, reserve, shrink_to_fit,
// truncate and clear keep or change it as rustc does.
fn main() {
    let mut v: Vec<i32> = Vec::new();
    println!("new: len {} cap {} empty {}", v.len(), v.capacity(), v.is_empty());
    let mut last = v.capacity();
    for i in 0..40 {
        v.push(i);
        if v.capacity() != last {
            println!("after push #{}: cap {} -> {}", i + 1, last, v.capacity());
            last = v.capacity();
        }
    }
    let mut bytes: Vec<u8> = Vec::new();
    bytes.push(1);
    println!("bytes cap after one push: {}", bytes.capacity());
    for b in 0..9u8 {
        bytes.push(b);
    }
    println!("bytes len {} cap {}", bytes.len(), bytes.capacity());

    let mut w: Vec<u64> = Vec::with_capacity(10);
    println!("with_capacity(10): len {} cap {}", w.len(), w.capacity());
    w.extend_from_slice(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    println!("after 11 elements: cap {}", w.capacity());
    w.truncate(3);
    println!("truncate(3): len {} cap {}", w.len(), w.capacity());
    w.shrink_to_fit();
    println!("shrink_to_fit: len {} cap {}", w.len(), w.capacity());
    w.reserve(10);
    println!("reserve(10): len {} cap {}", w.len(), w.capacity());
    w.clear();
    println!("clear: len {} cap {} empty {}", w.len(), w.capacity(), w.is_empty());

    let filled = vec![0u16; 5];
    println!("vec![0; 5]: {:?} cap {}", filled, filled.capacity());
    let listed = vec!['a', 'b', 'c'];
    println!("vec![a, b, c]: {:?} cap {}", listed, listed.capacity());
    let mut big: Vec<(i32, i32)> = Vec::new();
    big.push((1, 2));
    println!("pairs cap {}", big.capacity());
}
