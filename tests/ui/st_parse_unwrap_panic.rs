//@ run-fail
//@ spec: 18.7, 8.1
// Summing numeric fields with parse().unwrap() works until a field is not a number:
// then unwrap panics showing the ParseIntError with its Debug form.
fn main() {
    let rows = ["10 20 30", "7 -8", "4 five 6"];
    let mut grand = 0i64;
    for row in rows.iter() {
        let mut sum = 0i64;
        for field in row.split(' ') {
            let n: i64 = field.parse().unwrap();
            sum += n;
        }
        println!("{:>10} -> {}", row, sum);
        grand += sum;
    }
    println!("total {}", grand);
}
