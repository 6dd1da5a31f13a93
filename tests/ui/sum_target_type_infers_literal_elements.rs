//@ run-pass
//@ spec: 14.23
//@ spec: 16.9
// The one `Sum` impl of the target type that fits the items decides what integer
// literals were: here i64 and u8, not the i32 fallback (rustc picks `Sum<&i64> for i64`).
fn main() {
    let v = vec![3_000_000, 4_000_000];
    let total: i64 = v.iter().map(|x| x * 1000).sum();
    println!("{} {}", total, std::mem::size_of_val(&v[0]));
    let small = [200, 50];
    let s = small.iter().sum::<u8>();
    println!("{} {}", s, std::mem::size_of_val(&small));
    let by_value: u64 = vec![1, 2, 3].into_iter().sum();
    println!("{}", by_value);
}
