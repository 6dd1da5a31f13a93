//@ spec: 18.4
// to_uppercase/to_lowercase of every char below U+20000 agree with rustc's tables (hashed
// per block of 4096).
fn main() {
    let mut block = 0u32;
    while block < 0x20 {
        let mut hu: u64 = 0;
        let mut hl: u64 = 0;
        let mut cp = block * 0x1000;
        while cp < (block + 1) * 0x1000 {
            if cp < 0xD800 || cp > 0xDFFF {
                let c = unsafe { char::from_u32_unchecked(cp) };
                let mut s = String::new();
                s.push(c);
                for u in s.to_uppercase().chars() {
                    hu = hu.wrapping_mul(31).wrapping_add(u as u64);
                }
                for l in s.to_lowercase().chars() {
                    hl = hl.wrapping_mul(37).wrapping_add(l as u64);
                }
            }
            cp += 1;
        }
        println!("{:x}: {:x} {:x}", block, hu, hl);
        block += 1;
    }
}
