//@ run-pass
//@ spec: 11.7 11.8 6.6
// Run-length encoding of a byte array into an array of (value, count) tuples, and decoding back.
const MAX: usize = 16;

fn encode(input: &[u8], runs: &mut [(u8, usize); MAX]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < input.len() {
        let b = input[i];
        let mut len = 1;
        while i + len < input.len() && input[i + len] == b {
            len += 1;
        }
        runs[n] = (b, len);
        n += 1;
        i += len;
    }
    n
}

fn decode(runs: &[(u8, usize)], out: &mut [u8]) -> usize {
    let mut k = 0;
    for &(b, len) in runs {
        for _ in 0..len {
            out[k] = b;
            k += 1;
        }
    }
    k
}

fn main() {
    let data = [b'a', b'a', b'a', b'b', b'c', b'c', b'd', b'd', b'd', b'd', b'd', b'e'];
    let mut runs = [(0u8, 0usize); MAX];
    let n = encode(&data, &mut runs);
    print!("encoded {} bytes into {} runs:", data.len(), n);
    for r in runs.iter() {
        if r.1 == 0 { break; }
        print!(" {}x{}", r.1, r.0 as char);
    }
    println!();
    let used = &runs[..n];
    println!("{:?}", used);
    let mut back = [0u8; 32];
    let m = decode(used, &mut back);
    let mut same = m == data.len();
    for i in 0..m {
        if back[i] != data[i] { same = false; }
    }
    println!("decoded {} bytes, round trip ok: {}", m, same);
    let mut longest = runs[0];
    for r in used {
        if r.1 > longest.1 { longest = *r; }
    }
    println!("longest run: {:?} = {:?}", longest, longest.0 as char);
    let zeros = [0u8; 5];
    let k = encode(&zeros, &mut runs);
    println!("{} {:?}", k, runs[0]);
}
