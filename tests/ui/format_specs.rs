//@ run-pass
//@ spec: 7.3
fn main() {
    println!("[{:5}]", 42);
    println!("[{:<5}]", 42);
    println!("[{:^5}]", 42);
    println!("[{:>5}]", "ab");
    println!("[{:*^9}]", "mid");
    println!("[{:05}]", -42);
    println!("[{:+}]", 42);
    println!("[{:x}] [{:X}] [{:o}] [{:b}]", 255, 255, 8, 5);
    println!("[{:#x}] [{:#X}] [{:#o}] [{:#b}]", 255, 255, 8, 5);
    println!("[{:#010x}]", 255);
    println!("[{:08b}]", 19u8);
    println!("[{:x}]", -1i8);
    println!("[{:?}] [{:?}] [{:?}]", "q\"s\n", 'c', '\'');
    println!("[{:.3}]", "abcdef");
    println!("[{:>8.2}]", "xyz");
    let w = 7;
    println!("[{:w$}] [{:>1$}] [{:>width$}]", 1, 2, width = 4);
    println!("[{:?}] [{:5}] [{:<6}]", true, false, true);
    println!("[{:e}]", 1234);
}
