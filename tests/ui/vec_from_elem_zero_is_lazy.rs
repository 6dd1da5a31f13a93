//@ run-pass
//@ spec: 17.14
// `vec![0; n]` of an integer, float, bool or char takes zeroed memory from the allocator
// without writing each element (1 GiB here would take many seconds element by element);
// every other element value or type is cloned n - 1 times.
#[derive(Debug)]
struct Counted(u8);

static mut CLONES: u32 = 0;

impl Clone for Counted {
    fn clone(&self) -> Counted {
        unsafe { CLONES += 1; }
        Counted(self.0)
    }
}

fn main() {
    let n = 1usize << 30;
    let mut bytes = vec![0u8; n];
    bytes[n - 1] = 7;
    println!("{} {} {} {}", bytes.len(), bytes[0], bytes[n / 2], bytes[n - 1]);
    let floats = vec![0.0f64; 1 << 24];
    println!("{} {}", floats.len(), floats[12345]);
    let zero = 0i64 * 5;
    let ints = vec![zero; 1 << 24];
    println!("{} {}", ints.len(), ints[99]);
    println!("{:?}", vec![false; 3]);
    println!("{:?}", vec!['\0'; 2]);
    println!("{:?}", vec![-0.0f32; 3]);
    println!("{:?}", vec![0u128; 2]);
    println!("{:?}", vec![5u16; 4]);
    let counted = vec![Counted(0); 4];
    println!("{:?} {}", counted, unsafe { CLONES });
    let empty: Vec<u32> = vec![0; 0];
    println!("{:?} {}", empty, empty.capacity());
    let nested = vec![vec![0u8; 2]; 3];
    println!("{:?}", nested);
    println!("{} {}", std::mem::needs_drop::<u32>(), std::mem::needs_drop::<Vec<u32>>());
}
